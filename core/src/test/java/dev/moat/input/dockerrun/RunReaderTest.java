package dev.moat.input.dockerrun;

import static org.assertj.core.api.Assertions.assertThat;

import dev.moat.input.InputFile;
import dev.moat.input.InputFormat;
import dev.moat.input.ReadContext;
import dev.moat.input.ReadResult;
import dev.moat.input.tree.Limits;
import dev.moat.model.Container;
import dev.moat.model.DefaultCapabilities;
import dev.moat.model.Device;
import dev.moat.model.InputError;
import dev.moat.model.InputNote;
import dev.moat.model.Mount;
import dev.moat.model.MountKind;
import dev.moat.model.Origin;
import dev.moat.model.Platform;
import dev.moat.model.Port;
import dev.moat.model.ProfileKind;
import dev.moat.model.Setting;
import dev.moat.model.Workload;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** From command lines to the model: every flag Moat judges, the engines' defaults, notes and errors. */
class RunReaderTest {

  static final ReadContext CONTEXT = new ReadContext(Limits.DEFAULT, Map.of());

  static ReadResult read(String name, String text) {
    ReadResult out = new ReadResult();
    new RunReader().read(InputFile.file(name, Path.of(name), true, InputFormat.RUN), text, CONTEXT, out);
    return out;
  }

  static ReadResult inline(String command) {
    ReadResult out = new ReadResult();
    new RunReader().read(InputFile.inline("--run #1", command, InputFormat.RUN), command, CONTEXT, out);
    return out;
  }

  static Workload only(String script) {
    ReadResult r = read("deploy.sh", script);
    assertThat(r.errors()).as("errors").isEmpty();
    assertThat(r.workloads()).hasSize(1);
    return r.workloads().get(0);
  }

  static Container container(String script) {
    return only(script).containers().get(0);
  }

  @Nested
  class Workloads {

    @Test
    void oneWorkloadPerCommandNamedByNameOrPlace() {
      ReadResult r = read("deploy.sh", "docker run --name web nginx:1.27\n\npodman create alpine:3.20\n");
      assertThat(r.workloads()).extracting(w -> w.ref().display()).containsExactly("docker run web",
          "podman create deploy.sh:3");
      assertThat(r.workloads()).extracting(Workload::platform).containsExactly(Platform.DOCKER, Platform.PODMAN);
      assertThat(r.workloads().get(1).containers().get(0).name()).isEqualTo("alpine");
      assertThat(r.workloads().get(1).source().line()).isEqualTo(3);
    }

    @Test
    void theImageIsTheFirstArgumentAfterTheOptions() {
      Container c = container("docker run --rm -it registry.example.com:5000/team/app:2.1 sh -c 'echo hi'");
      assertThat(c.image().value()).isEqualTo("registry.example.com:5000/team/app:2.1");
      assertThat(c.name()).isEqualTo("app");
    }

    @Test
    void aScriptWithoutContainerCommandsIsSkipped() {
      ReadResult r = read("build.sh", "#!/bin/sh\nmake all\ndocker build -t app .\n");
      assertThat(r.workloads()).isEmpty();
      assertThat(r.errors()).isEmpty();
      assertThat(r.skippedKinds()).containsKey("(script without docker/podman run)");
    }
  }

  @Nested
  class Defaults {

    @Test
    void dockerDefaultsAreDefaultsOrUnset() {
      Workload w = only("docker run alpine:3.20");
      Container c = w.containers().get(0);
      var i = c.isolation();
      assertThat(i.privileged()).isEqualTo(Setting.defaulted(false, w.source()));
      assertThat(i.allowPrivilegeEscalation().origin()).isEqualTo(Origin.DEFAULT);
      assertThat(i.allowPrivilegeEscalation().value()).isTrue();
      assertThat(i.seccomp().origin()).isEqualTo(Origin.DEFAULT);
      assertThat(i.seccomp().value().kind()).isEqualTo(ProfileKind.RUNTIME_DEFAULT);
      assertThat(i.appArmor().origin()).isEqualTo(Origin.UNSET);
      assertThat(i.readOnlyRootFilesystem().value()).isFalse();
      assertThat(i.identity().runAsUser().origin()).isEqualTo(Origin.UNSET);
      assertThat(i.procMount().value()).isEqualTo("Default");
      assertThat(i.capabilities().platformDefaults()).isEqualTo(DefaultCapabilities.DOCKER);
      assertThat(w.namespaces().hostUser().origin()).isEqualTo(Origin.UNSET);
      assertThat(w.namespaces().hostCgroup().origin()).isEqualTo(Origin.UNSET);
      assertThat(w.namespaces().hostNetwork()).isEqualTo(Setting.defaulted(false, w.source()));
      assertThat(c.resources().pidsLimit().origin()).isEqualTo(Origin.UNSET);
      assertThat(w.isolation().runtimeClass().origin()).isEqualTo(Origin.UNSET);
    }

    @Test
    void podmanHasItsOwnCapabilitiesAndAPidsLimit() {
      Container c = container("podman run alpine:3.20");
      assertThat(c.isolation().capabilities().platformDefaults()).isEqualTo(DefaultCapabilities.PODMAN);
      assertThat(c.resources().pidsLimit()).satisfies(s -> {
        assertThat(s.value()).isEqualTo(2048L);
        assertThat(s.origin()).isEqualTo(Origin.DEFAULT);
      });
    }
  }

  @Nested
  class Flags {

    @Test
    void everySettingPointsAtTheLineOfItsFlag() {
      Workload w = only("docker run -d \\\n  --privileged \\\n  --pid=host \\\n  -u 0 \\\n  alpine:3.20");
      Container c = w.containers().get(0);
      assertThat(c.isolation().privileged().source().line()).isEqualTo(2);
      assertThat(w.namespaces().hostPid().source().line()).isEqualTo(3);
      assertThat(c.isolation().identity().runAsUser().source().line()).isEqualTo(4);
      assertThat(c.image().source().line()).isEqualTo(5);
      assertThat(c.isolation().readOnlyRootFilesystem().source().line()).isEqualTo(1);
    }

    @Test
    void securityOptions() {
      var i = container("docker run --security-opt seccomp=unconfined --security-opt apparmor:unconfined "
          + "--security-opt label=type:spc_t --security-opt no-new-privileges:true "
          + "--security-opt systempaths=unconfined alpine").isolation();
      assertThat(i.seccomp().value().kind()).isEqualTo(ProfileKind.UNCONFINED);
      assertThat(i.appArmor().value().kind()).isEqualTo(ProfileKind.UNCONFINED);
      assertThat(i.seLinux().value().type()).isEqualTo("spc_t");
      assertThat(i.allowPrivilegeEscalation()).satisfies(s -> {
        assertThat(s.value()).isFalse();
        assertThat(s.isExplicit()).isTrue();
      });
      assertThat(i.procMount().value()).isEqualTo("Unmasked");
    }

    @Test
    void aSeccompProfileFileIsALocalProfile() {
      var seccomp = container("docker run --security-opt seccomp=/etc/docker/strict.json alpine").isolation().seccomp();
      assertThat(seccomp.value().kind()).isEqualTo(ProfileKind.LOCALHOST);
      assertThat(seccomp.value().localhostName()).isEqualTo("/etc/docker/strict.json");
    }

    @Test
    void labelDisable() {
      assertThat(container("podman run --security-opt label=disable alpine").isolation().seLinux().value().disabled()).isTrue();
    }

    @Test
    void capabilitiesKeepTheirSpellingAndPodmanSplitsLists() {
      var caps = container("podman run --cap-drop=all --cap-add CAP_NET_ADMIN,sys_time alpine").isolation().capabilities();
      assertThat(caps.dropsAll()).isTrue();
      assertThat(caps.add()).extracting(Setting::value).containsExactly("CAP_NET_ADMIN", "sys_time");
      var docker = container("docker run --cap-add net_admin --cap-drop=cap_mknod --cap-add ALL alpine")
          .isolation().capabilities();
      assertThat(docker.add()).extracting(Setting::value).containsExactly("net_admin", "ALL");
    }

    @Test
    void users() {
      var root = container("docker run -u root:root alpine").isolation().identity();
      assertThat(root.runAsUser().value()).isZero();
      assertThat(root.runAsGroup().value()).isZero();
      var named = container("docker run --user nginx alpine").isolation().identity();
      assertThat(named.userName().value()).isEqualTo("nginx");
      assertThat(named.runAsUser().isKnown()).isFalse();
      var numeric = container("docker run --user=1000:2000 alpine").isolation().identity();
      assertThat(numeric.runAsUser().value()).isEqualTo(1000L);
      assertThat(numeric.runAsGroup().value()).isEqualTo(2000L);
    }

    @Test
    void podmanKeepIdRunsAsTheUserWhoRunsPodmanNotTheImagesUser() {
      var keepId = container("podman run --userns keep-id alpine").isolation().identity();
      assertThat(keepId.runAsUser().isKnown()).isFalse();
      assertThat(keepId.userName().origin()).isEqualTo(Origin.DEFAULT);
      assertThat(keepId.userName().value()).startsWith("the UID of the user who runs podman");
      var withUid = container("podman run --userns=keep-id:uid=1000,gid=1000 alpine").isolation().identity();
      assertThat(withUid.runAsUser().value()).isEqualTo(1000L);
      assertThat(withUid.runAsGroup().value()).isEqualTo(1000L);
      var user = container("podman run --userns keep-id --user 0 alpine").isolation().identity();
      assertThat(user.runAsUser().value()).as("--user wins").isZero();
      var docker = container("docker run --userns host alpine").isolation().identity();
      assertThat(docker.userName().isKnown()).isFalse();
    }

    @Test
    void volumesBindsAndNamedVolumes() {
      List<Mount> m = container("docker run -v /etc/app:/etc/app:ro -v data:/data -v /cache -v ./src:/src "
          + "--mount type=bind,src=/var/log,dst=/logs,readonly --mount source=v2,target=/v2 "
          + "--tmpfs /tmp:size=64m --mount type=tmpfs,target=/run alpine").mounts();
      assertThat(m).extracting(Mount::kind).containsExactly(MountKind.HOST_PATH, MountKind.VOLUME, MountKind.VOLUME,
          MountKind.HOST_PATH, MountKind.HOST_PATH, MountKind.VOLUME, MountKind.TMPFS, MountKind.TMPFS);
      assertThat(m.get(0).isWritable()).isFalse();
      assertThat(m.get(1).volumeName()).isEqualTo("data");
      assertThat(m.get(2).volumeName()).isNull();
      assertThat(m.get(3).hostPath()).isEqualTo("./src");
      assertThat(m.get(4).hostPath()).isEqualTo("/var/log");
      assertThat(m.get(4).isWritable()).isFalse();
      assertThat(m.get(4).containerPath()).isEqualTo("/logs");
      assertThat(m.get(6).containerPath()).isEqualTo("/tmp");
    }

    @Test
    void theApiSocketFlagMountsTheDockerSocket() {
      Mount m = container("docker run --use-api-socket docker:27-cli").mounts().get(0);
      assertThat(m.hostPath()).isEqualTo("/var/run/docker.sock");
    }

    @Test
    void devicesAndGpus() {
      List<Device> d = container("docker run --device /dev/sda:/dev/xvda:r --device=/dev/fuse --gpus all alpine").devices();
      assertThat(d).extracting(Device::hostPath).containsExactly("/dev/sda", "/dev/fuse", "GPUs (--gpus all)");
      assertThat(d.get(0).containerPath()).isEqualTo("/dev/xvda");
      assertThat(d.get(0).permissions()).isEqualTo("r");
      assertThat(d.get(1).containerPath()).isEqualTo("/dev/fuse");
    }

    @Test
    void publishedPorts() {
      List<Port> p = container("docker run -p 8080:80 -p 127.0.0.1:8443:443/tcp -p 53:53/udp -p 9000 "
          + "-p [::1]:5432:5432 -p published=8081,target=81 alpine").ports();
      assertThat(p).extracting(Port::hostPort).containsExactly(8080, 8443, 53, null, 5432, 8081);
      assertThat(p).extracting(Port::containerPort).containsExactly(80, 443, 53, 9000, 5432, 81);
      assertThat(p.get(1).hostIp()).isEqualTo("127.0.0.1");
      assertThat(p.get(2).protocol()).isEqualTo("UDP");
      assertThat(p.get(4).hostIp()).isEqualTo("::1");
    }

    @Test
    void resources() {
      var r = container("docker run -m 512m --cpus 1.5 --pids-limit 100 alpine").resources();
      assertThat(r.memoryLimit().value()).isEqualTo("512m");
      assertThat(r.cpuLimit().value()).isEqualTo("1.5");
      assertThat(r.pidsLimit().value()).isEqualTo(100L);
      var quota = container("docker run --cpu-period 50000 --cpu-quota 25000 alpine").resources();
      assertThat(quota.cpuLimit().value()).isEqualTo("0.5");
      var unlimited = container("docker run -m 0 --cpus 0 --pids-limit -1 alpine").resources();
      assertThat(unlimited.memoryLimit().isKnown()).isFalse();
      assertThat(unlimited.memoryLimit().source().line()).isEqualTo(1);
      assertThat(unlimited.cpuLimit().isKnown()).isFalse();
      assertThat(unlimited.pidsLimit().value()).isEqualTo(-1L);
    }

    @Test
    void namespaces() {
      var n = only("docker run --pid host --net=host --ipc host --uts host --cgroupns host --userns host alpine").namespaces();
      assertThat(List.of(n.hostPid(), n.hostNetwork(), n.hostIpc(), n.hostUts(), n.hostCgroup(), n.hostUser()))
          .allSatisfy(s -> assertThat(s.value()).isTrue());
      var joined = only("docker run --pid container:a --network container:a --ipc container:a alpine").namespaces();
      assertThat(List.of(joined.hostPid(), joined.hostNetwork(), joined.hostIpc()))
          .allSatisfy(s -> assertThat(s.value()).isFalse());
    }

    @Test
    void sysctlsAndRuntime() {
      Workload w = only("docker run --sysctl net.ipv4.ip_forward=1 --sysctl kernel.msgmax=65536 --runtime runsc alpine");
      assertThat(w.isolation().sysctls()).extracting(s -> s.name() + "=" + s.value())
          .containsExactly("net.ipv4.ip_forward=1", "kernel.msgmax=65536");
      assertThat(w.isolation().runtimeClass().value()).isEqualTo("runsc");
    }

    @Test
    void suppressionsComeFromLabels() {
      Workload w = only("docker run --label moat.dev/ignore=container-runtime-socket,host-path-mount "
          + "--label moat.dev/ignore-reason='CI builder' -v /var/run/docker.sock:/var/run/docker.sock docker:27-cli");
      assertThat(w.suppressions()).singleElement().satisfies(s -> {
        assertThat(s.ruleIds()).containsExactly("container-runtime-socket", "host-path-mount");
        assertThat(s.reason()).isEqualTo("CI builder");
      });
    }
  }

  @Nested
  class Podman {

    @Test
    void userNamespaceModes() {
      for (String mode : List.of("auto", "keep-id", "keep-id:uid=1000", "nomap", "private", "container:x")) {
        assertThat(only("podman run --userns " + mode + " alpine").namespaces().hostUser().value())
            .as(mode).isFalse();
      }
      assertThat(only("podman run --userns=host alpine").namespaces().hostUser().value()).isTrue();
      assertThat(only("podman run --uidmap 0:100000:65536 alpine").namespaces().hostUser().value()).isFalse();
      assertThat(only("podman run --userns ns:/proc/1/ns/user alpine").namespaces().hostUser().value()).isTrue();
    }

    @Test
    void unmaskAndMask() {
      assertThat(container("podman run --security-opt unmask=ALL alpine").isolation().procMount().value()).isEqualTo("Unmasked");
      assertThat(container("podman run --security-opt unmask=/proc/kcore alpine").isolation().procMount().value()).isEqualTo("Unmasked");
      assertThat(container("podman run --security-opt mask=/proc/acpi alpine").isolation().procMount().value()).isEqualTo("Default");
    }

    @Test
    void podAndGlobalRuntimeAreNoted() {
      ReadResult r = read("run.sh", "podman --runtime /usr/bin/runsc run --pod web alpine");
      assertThat(r.workloads().get(0).isolation().runtimeClass().value()).isEqualTo("/usr/bin/runsc");
      assertThat(r.notes()).extracting(InputNote::message).anyMatch(m -> m.contains("joins the namespaces of pod web"));
    }

    @Test
    void podmanDevicesAndSysctlsSplitAtCommas() {
      Workload w = only("podman run --device /dev/kvm,/dev/net/tun --sysctl net.ipv4.ping_group_range=0 alpine");
      assertThat(w.containers().get(0).devices()).extracting(Device::hostPath).containsExactly("/dev/kvm", "/dev/net/tun");
    }
  }

  @Nested
  class Unknowns {

    @Test
    void aVariableInASecurityValueIsNotGuessedAndIsNoted() {
      ReadResult r = read("deploy.sh", "docker run --privileged=$PRIV --pid $PID_MODE -u \"$APP_UID\" app:1.0");
      assertThat(r.errors()).isEmpty();
      Workload w = r.workloads().get(0);
      var i = w.containers().get(0).isolation();
      assertThat(i.privileged().isKnown()).isFalse();
      assertThat(w.namespaces().hostPid().isKnown()).isFalse();
      assertThat(i.identity().runAsUser().isKnown()).isFalse();
      assertThat(i.identity().userName().value()).isEqualTo("$APP_UID");
      assertThat(r.notes()).extracting(InputNote::message).containsExactlyInAnyOrder(
          "docker run: --privileged $PRIV: $PRIV is not set in this file before this line, or only in a branch, "
              + "so whether it is privileged is not known and is not judged",
          "docker run: --pid $PID_MODE: $PID_MODE is not set in this file before this line, or only in a branch, "
              + "so whether it shares the host's PID namespace is not known and is not judged",
          "docker run: -u $APP_UID: $APP_UID is not set in this file before this line, or only in a branch, "
              + "so the user is not known and is not judged");
    }

    @Test
    void anUnknownVolumeSourceIsNotGuessedButTheWorkingDirectoryIsAHostPath() {
      ReadResult r = read("deploy.sh", "docker run -v $DATA:/data -v \"$PWD/conf\":/conf -v \"$(pwd)\":/src app:1.0");
      List<Mount> m = r.workloads().get(0).containers().get(0).mounts();
      assertThat(m).extracting(Mount::kind).containsExactly(MountKind.OTHER, MountKind.HOST_PATH, MountKind.HOST_PATH);
      assertThat(r.notes()).singleElement().satisfies(n -> assertThat(n.message()).contains("host path or a named volume"));
    }

    @Test
    void anUnknownImageIsNotJudgedButAnUnknownTagIsStillATag() {
      assertThat(container("docker run \"$IMAGE\"").image().isKnown()).isFalse();
      assertThat(container("docker run app${SUFFIX}").image().isKnown()).isFalse();
      assertThat(container("docker run \"app:$VERSION\"").image().value()).isEqualTo("app:$VERSION");
      assertThat(container("docker run \"$REGISTRY/app:1.0\"").image().value()).isEqualTo("$REGISTRY/app:1.0");
    }

    @Test
    void unknownOptionsAreNotedAndTheWrittenFlagsStillJudged() {
      ReadResult r = read("deploy.sh", "docker run $DOCKER_OPTS --privileged app:1.0");
      assertThat(r.workloads().get(0).containers().get(0).isolation().privileged().value()).isTrue();
      assertThat(r.notes()).singleElement().satisfies(n -> assertThat(n.message()).isEqualTo("docker run: $DOCKER_OPTS "
          + "stands where options go and is not set in this file before this line, or only in a branch: only the "
          + "flags written here are judged"));
    }

    @Test
    void aQuotedArrayExpansionBeforeTheImageHoldsOptions() {
      ReadResult r = read("deploy.sh", "args=(--privileged -v /:/host)\ndocker run \"${args[@]}\" alpine:3\n"
          + "docker run ${opts[@]} --read-only nginx:1.27\n");
      assertThat(r.errors()).isEmpty();
      assertThat(r.workloads()).extracting(w -> w.containers().get(0).image().value())
          .containsExactly("alpine:3", "nginx:1.27");
      assertThat(r.notes()).extracting(InputNote::message).containsExactly(
          "docker run: ${args[@]} stands where options go and is an array, which Moat does not read: only the flags "
              + "written here are judged",
          "docker run: ${opts[@]} stands where options go and is an array, which Moat does not read: only the flags "
              + "written here are judged");
    }

    @Test
    void aWrapperScriptPassingItsArgumentsHasNoKnownImage() {
      ReadResult r = read("run-tool.sh", "#!/bin/sh\nexec docker run --rm -v /var/run/docker.sock:/var/run/docker.sock \"$@\"\n");
      assertThat(r.errors()).isEmpty();
      Container c = r.workloads().get(0).containers().get(0);
      assertThat(c.image().isKnown()).isFalse();
      assertThat(c.mounts()).hasSize(1);
    }
  }

  @Nested
  class Errors {

    @Test
    void anUnknownFlagIsOneErrorAtItsLineAndTheOtherCommandsAreRead() {
      ReadResult r = read("deploy.sh", "docker run a:1\ndocker run \\\n  --privilegd b:1\ndocker run c:1\n");
      assertThat(r.workloads()).hasSize(2);
      assertThat(r.errors()).singleElement().satisfies(e -> {
        assertThat(e.source().file()).isEqualTo("deploy.sh");
        assertThat(e.source().line()).isEqualTo(3);
        assertThat(e.message()).isEqualTo("docker run: unknown flag --privilegd at column 3: did you mean --privileged?");
      });
    }

    @Test
    void anUnterminatedQuoteInARunStringGivesItsColumn() {
      ReadResult r = inline("docker run -e 'A=b alpine");
      assertThat(r.workloads()).isEmpty();
      assertThat(r.errors()).extracting(InputError::message).containsExactly(
          "unterminated single quote at column 15: nothing closes the ' opened there");
      assertThat(r.errors().get(0).source().toString()).isEqualTo("--run #1:1");
    }

    @Test
    void aRunStringThatIsNoContainerCommandIsAnError() {
      assertThat(inline("docker ps").errors()).extracting(InputError::message)
          .singleElement().satisfies(m -> assertThat(m).startsWith("expected a docker, podman or nerdctl run"));
    }

    @Test
    void malformedValuesAreErrors() {
      assertThat(read("x.sh", "docker run -m lots alpine").errors()).extracting(InputError::message)
          .containsExactly("docker run: invalid value \"lots\" for -m at column 15: expected a size such as 512m or 2g");
      assertThat(read("x.sh", "docker run --mount type=bind,source=/x alpine").errors()).extracting(InputError::message)
          .singleElement().satisfies(m -> assertThat(m).contains("target is required"));
      assertThat(read("x.sh", "docker run --pids-limit many alpine").errors()).hasSize(1);
    }

    @Test
    void anUnknownCapabilityIsAnErrorWithAHint() {
      assertThat(read("x.sh", String.join("\n", "docker run --cap-add SYS_ADMIN,NET_ADMIN alpine:3",
          "docker run --cap-add FOO alpine:3", "docker run --cap-add sys-admin alpine:3",
          "podman run --cap-drop all --cap-add net_admin,sys_admn alpine:3", "docker run --cap-add=ALL alpine:3")))
          .satisfies(r -> assertThat(r.workloads()).hasSize(1))
          .extracting(ReadResult::errors).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
          .extracting(e -> ((InputError) e).source().line() + " " + ((InputError) e).message()).containsExactly(
              "1 docker run: unknown capability \"SYS_ADMIN,NET_ADMIN\" for --cap-add at column 22: it names several "
                  + "capabilities (CAP_SYS_ADMIN, CAP_NET_ADMIN): give each one separately",
              "2 docker run: unknown capability \"FOO\" for --cap-add at column 22: expected a Linux capability such "
                  + "as CAP_NET_BIND_SERVICE (see capabilities(7)) or ALL",
              "3 docker run: unknown capability \"sys-admin\" for --cap-add at column 22: did you mean CAP_SYS_ADMIN?",
              "4 podman run: unknown capability \"sys_admn\" for --cap-add at column 37: did you mean CAP_SYS_ADMIN?");
    }

    @Test
    void anOutOfRangeUserIsAnErrorNotACrash() {
      assertThat(read("x.sh", "docker run --user 99999999999999999999 alpine\ndocker run -u 1:4294967296 alpine\n"
          + "docker run -u 2147483647:0000000000000000000000001 alpine\n").errors())
          .extracting(InputError::message).containsExactly(
              "docker run: invalid value \"99999999999999999999\" for --user at column 19: a UID must be between 0 "
                  + "and 2147483647 (runc refuses larger ones)",
              "docker run: invalid value \"1:4294967296\" for -u at column 15: a GID must be between 0 and 2147483647 "
                  + "(runc refuses larger ones)");
    }

    @Test
    void helpStartsNothing() {
      ReadResult r = read("x.sh", "docker run --help");
      assertThat(r.workloads()).isEmpty();
      assertThat(r.errors()).isEmpty();
    }
  }
}
