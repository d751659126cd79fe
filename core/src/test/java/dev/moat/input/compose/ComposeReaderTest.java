package dev.moat.input.compose;

import static org.assertj.core.api.Assertions.assertThat;

import dev.moat.engine.RuleSet;
import dev.moat.input.InputFormat;
import dev.moat.input.InputOptions;
import dev.moat.input.Inputs;
import dev.moat.input.ReadResult;
import dev.moat.input.ScanRequest;
import dev.moat.model.Container;
import dev.moat.model.Device;
import dev.moat.model.InputError;
import dev.moat.model.Isolation;
import dev.moat.model.Mount;
import dev.moat.model.MountKind;
import dev.moat.model.Origin;
import dev.moat.model.Platform;
import dev.moat.model.Port;
import dev.moat.model.ProfileKind;
import dev.moat.model.Setting;
import dev.moat.model.Source;
import dev.moat.model.Sysctl;
import dev.moat.model.Workload;
import dev.moat.result.Finding;
import dev.moat.result.Report;
import dev.moat.testing.Scan;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ComposeReaderTest {

  @TempDir
  Path dir;

  private Path write(String relative, String text) throws IOException {
    Path p = dir.resolve(relative);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
    return p;
  }

  private String label(String relative) {
    return dir.resolve(relative).toString();
  }

  /** Reads paths (files or directories) with the given environment, nothing from the process. */
  private static ReadResult scan(Map<String, String> env, String... paths) {
    return new Inputs(InputOptions.DEFAULT, env).read(ScanRequest.of(List.of(paths)), InputStream.nullInputStream());
  }

  /** Reads one project given as --compose-file a --compose-file b. */
  private static ReadResult project(Map<String, String> env, String... files) {
    ScanRequest request = new ScanRequest(List.of(), List.of(files), List.of(), List.of(), null);
    return new Inputs(InputOptions.DEFAULT, env).read(request, InputStream.nullInputStream());
  }

  /** compose.yaml with this text, read with an empty environment; no errors expected. */
  private ReadResult compose(String yaml) throws IOException {
    return compose(yaml, Map.of());
  }

  private ReadResult compose(String yaml, Map<String, String> env) throws IOException {
    write("compose.yaml", yaml);
    return scan(env, label("compose.yaml"));
  }

  private static Workload service(ReadResult r, String name) {
    assertThat(r.errors()).as("errors").isEmpty();
    return r.workloads().stream().filter(w -> w.ref().name().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError("no service " + name + " in " + r.workloads()));
  }

  private static Container container(ReadResult r, String name) {
    return service(r, name).containers().get(0);
  }

  private static Isolation isolation(ReadResult r, String name) {
    return container(r, name).isolation();
  }

  private static InputError onlyError(ReadResult r) {
    assertThat(r.errors()).hasSize(1);
    return r.errors().get(0);
  }

  @Nested
  class Services {

    @Test
    void eachServiceIsOneWorkloadWithOneContainerOnDocker() throws IOException {
      ReadResult r = compose("""
          name: Shop
          services:
            web:
              image: nginx:1.27
            db:
              image: postgres:16
          """);

      assertThat(r.workloads()).extracting(w -> w.ref().display()).containsExactly("service shop/web", "service shop/db");
      Workload web = service(r, "web");
      assertThat(web.platform()).isEqualTo(Platform.DOCKER);
      assertThat(web.source()).isEqualTo(new Source(label("compose.yaml"), 3, "/services/web"));
      Container c = web.containers().get(0);
      assertThat(c.name()).isEqualTo("web");
      assertThat(c.source()).isEqualTo(web.source());
      assertThat(c.image().value()).isEqualTo("nginx:1.27");
      assertThat(c.image().source().line()).isEqualTo(4);
      assertThat(r.documents()).isEqualTo(1);
    }

    @Test
    void withoutANameTheProjectIsNotAssumedButComposeProjectNameCounts() throws IOException {
      assertThat(service(compose("services:\n  web:\n    image: a:1\n"), "web").ref().namespace()).isNull();
      assertThat(service(compose("name: x\nservices:\n  web:\n    image: a:1\n", Map.of("COMPOSE_PROJECT_NAME", "CI_run")),
          "web").ref().display()).isEqualTo("service ci_run/web");
    }

    @Test
    void dockerDefaultsApplyWhenNothingIsWrittenAndPointAtTheServiceLine() throws IOException {
      ReadResult r = compose("services:\n  web:\n    image: a:1\n");
      Workload w = service(r, "web");
      Isolation i = isolation(r, "web");
      Source serviceLine = w.source();

      assertThat(i.privileged()).isEqualTo(Setting.defaulted(false, serviceLine));
      assertThat(i.allowPrivilegeEscalation()).isEqualTo(Setting.defaulted(true, serviceLine));
      assertThat(i.capabilities().effective()).hasSize(14).contains("NET_RAW", "MKNOD");
      assertThat(i.capabilities().where()).isEqualTo(serviceLine);
      assertThat(i.seccomp().origin()).isEqualTo(Origin.DEFAULT);
      assertThat(i.seccomp().value().kind()).isEqualTo(ProfileKind.RUNTIME_DEFAULT);
      assertThat(i.appArmor().value().kind()).isEqualTo(ProfileKind.RUNTIME_DEFAULT);
      assertThat(i.seLinux().isKnown()).isFalse();
      assertThat(i.readOnlyRootFilesystem()).isEqualTo(Setting.defaulted(false, serviceLine));
      assertThat(i.procMount()).isEqualTo(Setting.defaulted("Default", serviceLine));
      assertThat(i.identity().runAsUser()).isEqualTo(Setting.unset(serviceLine));
      assertThat(i.identity().runAsGroup().isKnown()).isFalse();
      assertThat(w.namespaces().hostPid()).isEqualTo(Setting.defaulted(false, serviceLine));
      assertThat(w.namespaces().hostNetwork()).isEqualTo(Setting.defaulted(false, serviceLine));
      assertThat(w.namespaces().hostIpc()).isEqualTo(Setting.defaulted(false, serviceLine));
      assertThat(w.namespaces().hostUts()).isEqualTo(Setting.defaulted(false, serviceLine));
      assertThat(w.namespaces().hostCgroup()).as("the host's cgroup version decides").isEqualTo(Setting.unset(serviceLine));
      assertThat(w.namespaces().hostUser()).as("the daemon's userns-remap decides").isEqualTo(Setting.unset(serviceLine));
      Container c = w.containers().get(0);
      assertThat(c.resources().memoryLimit()).isEqualTo(Setting.unset(serviceLine));
      assertThat(c.resources().cpuLimit()).isEqualTo(Setting.unset(serviceLine));
      assertThat(c.resources().pidsLimit()).isEqualTo(Setting.unset(serviceLine));
      assertThat(w.isolation().runtimeClass().isKnown()).isFalse();
    }

    @Test
    void securitySettingsAreReadWithTheirLines() throws IOException {
      ReadResult r = compose("""
          services:
            app:
              image: a:1
              privileged: true
              read_only: true
              cap_add: [SYS_ADMIN, cap_net_admin]
              cap_drop:
                - ALL
              security_opt:
                - seccomp:unconfined
                - apparmor=unconfined
                - label:disable
                - no-new-privileges:true
                - systempaths=unconfined
              runtime: runsc
          """);
      Isolation i = isolation(r, "app");

      assertThat(i.privileged()).isEqualTo(Setting.explicit(true, new Source(label("compose.yaml"), 4, "/services/app/privileged")));
      assertThat(i.readOnlyRootFilesystem().value()).isTrue();
      assertThat(i.capabilities().add()).extracting(Setting::value).containsExactly("SYS_ADMIN", "cap_net_admin");
      assertThat(i.capabilities().dropsAll()).isTrue();
      assertThat(i.capabilities().where().line()).isEqualTo(7);
      assertThat(i.seccomp().value().kind()).isEqualTo(ProfileKind.UNCONFINED);
      assertThat(i.seccomp().source().line()).isEqualTo(10);
      assertThat(i.appArmor().value().kind()).isEqualTo(ProfileKind.UNCONFINED);
      assertThat(i.appArmor().source().line()).isEqualTo(11);
      assertThat(i.seLinux().value().disabled()).isTrue();
      assertThat(i.allowPrivilegeEscalation()).isEqualTo(Setting.explicit(false, new Source(label("compose.yaml"), 13,
          "/services/app/security_opt/3")));
      assertThat(i.procMount().value()).isEqualTo("Unmasked");
      assertThat(i.procMount().source().line()).isEqualTo(14);
      assertThat(service(r, "app").isolation().runtimeClass().value()).isEqualTo("runsc");
    }

    @Test
    void securityOptSpellings() throws IOException {
      ReadResult r = compose("""
          services:
            bare:
              image: a:1
              security_opt: [no-new-privileges]
            off:
              image: a:1
              security_opt: ["no-new-privileges=false", "seccomp=/etc/docker/strict.json", "apparmor:my-profile"]
            typed:
              image: a:1
              security_opt: ["label=type:spc_t", "label:level:s0:c100,c200"]
          """);

      assertThat(isolation(r, "bare").allowPrivilegeEscalation().value()).isFalse();
      Isolation off = isolation(r, "off");
      assertThat(off.allowPrivilegeEscalation()).satisfies(s -> {
        assertThat(s.value()).isTrue();
        assertThat(s.origin()).isEqualTo(Origin.EXPLICIT);
      });
      assertThat(off.seccomp().value().kind()).isEqualTo(ProfileKind.LOCALHOST);
      assertThat(off.seccomp().value().localhostName()).isEqualTo("/etc/docker/strict.json");
      assertThat(off.appArmor().value().kind()).isEqualTo(ProfileKind.LOCALHOST);
      Isolation typed = isolation(r, "typed");
      assertThat(typed.seLinux().value().type()).isEqualTo("spc_t");
      assertThat(typed.seLinux().value().level()).isEqualTo("s0:c100,c200");
      assertThat(typed.seLinux().value().disabled()).isFalse();
    }

    @Test
    void booleansFollowComposeCastingYaml11WordsAndQuotedText() throws IOException {
      ReadResult r = compose("""
          x-hardening: &hardening
            read_only: "true"
          services:
            a:
              image: a:1
              privileged: yes
              <<: *hardening
            b:
              image: a:1
              privileged: "Off"
              read_only: on
          """);

      assertThat(isolation(r, "a").privileged().value()).isTrue();
      assertThat(isolation(r, "a").readOnlyRootFilesystem().value()).isTrue();
      assertThat(isolation(r, "a").readOnlyRootFilesystem().source().line()).as("the anchor's line").isEqualTo(2);
      assertThat(isolation(r, "b").privileged().value()).isFalse();
      assertThat(isolation(r, "b").readOnlyRootFilesystem().value()).isTrue();
    }

    @Test
    void usersAreNumericRootOrNamed() throws IOException {
      ReadResult r = compose("""
          services:
            numeric: {image: a:1, user: "1000:0"}
            plain: {image: a:1, user: 1001}
            root: {image: a:1, user: root}
            named: {image: a:1, user: nginx}
            both: {image: a:1, user: "app:root"}
          """);

      assertThat(isolation(r, "numeric").identity().runAsUser().value()).isEqualTo(1000L);
      assertThat(isolation(r, "numeric").identity().runAsGroup().value()).isZero();
      assertThat(isolation(r, "numeric").identity().runAsUser().source().line()).isEqualTo(2);
      assertThat(isolation(r, "plain").identity().runAsUser().value()).isEqualTo(1001L);
      assertThat(isolation(r, "plain").identity().runAsGroup().isKnown()).isFalse();
      assertThat(isolation(r, "root").identity().runAsUser().value()).isZero();
      assertThat(isolation(r, "named").identity().runAsUser().isKnown()).isFalse();
      assertThat(isolation(r, "named").identity().userName().value()).isEqualTo("nginx");
      assertThat(isolation(r, "both").identity().userName().value()).isEqualTo("app");
      assertThat(isolation(r, "both").identity().runAsGroup().value()).isZero();
    }

    @Test
    void namespacesHostAndSharedThroughAnotherService() throws IOException {
      ReadResult r = compose("""
          services:
            agent:
              image: a:1
              pid: host
              ipc: host
              network_mode: host
              uts: host
              cgroup: host
              userns_mode: host
            sidecar:
              image: a:1
              network_mode: "service:agent"
              pid: "container:other"
              ipc: shareable
              cgroup: private
            plain:
              image: a:1
              network_mode: bridge
          """);

      Workload agent = service(r, "agent");
      assertThat(agent.namespaces().hostPid()).isEqualTo(Setting.explicit(true, new Source(label("compose.yaml"), 4, "/services/agent/pid")));
      assertThat(agent.namespaces().hostIpc().value()).isTrue();
      assertThat(agent.namespaces().hostNetwork().value()).isTrue();
      assertThat(agent.namespaces().hostUts().value()).isTrue();
      assertThat(agent.namespaces().hostCgroup().value()).isTrue();
      assertThat(agent.namespaces().hostUser().value()).isTrue();
      Workload sidecar = service(r, "sidecar");
      assertThat(sidecar.namespaces().hostNetwork()).as("joins agent's, which is the host's")
          .isEqualTo(Setting.explicit(true, new Source(label("compose.yaml"), 12, "/services/sidecar/network_mode")));
      assertThat(sidecar.namespaces().hostPid().value()).isFalse();
      assertThat(sidecar.namespaces().hostIpc().value()).isFalse();
      assertThat(sidecar.namespaces().hostCgroup().value()).isFalse();
      assertThat(service(r, "plain").namespaces().hostNetwork().value()).isFalse();
    }

    @Test
    void limitsFromTheServiceAndFromDeploy() throws IOException {
      ReadResult r = compose("""
          services:
            v2:
              image: a:1
              mem_limit: 512m
              cpus: 0.5
              pids_limit: 200
            v3:
              image: a:1
              mem_limit: 1g
              deploy:
                resources:
                  limits:
                    memory: 256M
                    cpus: "1.5"
                    pids: 100
            zero:
              image: a:1
              mem_limit: 0
              pids_limit: -1
            quota:
              image: a:1
              cpu_quota: 50000
          """);

      Container v2 = container(r, "v2");
      assertThat(v2.resources().memoryLimit().value()).isEqualTo("512m");
      assertThat(v2.resources().cpuLimit().value()).isEqualTo("0.5");
      assertThat(v2.resources().pidsLimit().value()).isEqualTo(200L);
      Container v3 = container(r, "v3");
      assertThat(v3.resources().memoryLimit().value()).as("deploy wins, as in docker compose").isEqualTo("256M");
      assertThat(v3.resources().memoryLimit().source().line()).isEqualTo(13);
      assertThat(v3.resources().cpuLimit().value()).isEqualTo("1.5");
      assertThat(v3.resources().pidsLimit().value()).isEqualTo(100L);
      Container zero = container(r, "zero");
      assertThat(zero.resources().memoryLimit()).as("0 is no limit, pointed at its line")
          .isEqualTo(Setting.unset(new Source(label("compose.yaml"), 18, "/services/zero/mem_limit")));
      assertThat(zero.resources().pidsLimit().value()).isEqualTo(-1L);
      assertThat(container(r, "quota").resources().cpuLimit().isKnown()).isTrue();
    }

    @Test
    void sysctlsAsListOrMapping() throws IOException {
      ReadResult r = compose("""
          services:
            list:
              image: a:1
              sysctls:
                - net.core.somaxconn=1024
                - kernel.shm_rmid_forced=1
            map:
              image: a:1
              sysctls:
                net.ipv4.ip_forward: 1
          """);

      assertThat(service(r, "list").isolation().sysctls()).extracting(Sysctl::name, Sysctl::value, s -> s.source().line())
          .containsExactly(org.assertj.core.groups.Tuple.tuple("net.core.somaxconn", "1024", 5),
              org.assertj.core.groups.Tuple.tuple("kernel.shm_rmid_forced", "1", 6));
      assertThat(service(r, "map").isolation().sysctls()).extracting(Sysctl::name, Sysctl::value, s -> s.source().line())
          .containsExactly(org.assertj.core.groups.Tuple.tuple("net.ipv4.ip_forward", "1", 10));
    }

    @Test
    void aBuiltImageIsNotAPulledOneAndPlatformWindowsIsRecorded() throws IOException {
      ReadResult r = compose("""
          services:
            built:
              build: .
            pushed:
              build: .
              image: registry.example.com/app
            local:
              build: .
              image: etl-kafka
            win:
              image: mcr.microsoft.com/windows/nanoserver:ltsc2022
              platform: windows/amd64
          """);

      assertThat(container(r, "built").image().isKnown()).isFalse();
      assertThat(container(r, "built").image().source().line()).isEqualTo(3);
      assertThat(container(r, "pushed").image().value()).isEqualTo("registry.example.com/app");
      assertThat(container(r, "local").image().isKnown()).as("a bare name only tags the local build").isFalse();
      assertThat(service(r, "win").isolation().os().value()).isEqualTo("windows");
    }

    @Test
    void publishedPortsAreRead() throws IOException {
      ReadResult r = compose("""
          services:
            web:
              image: a:1
              ports:
                - 80
                - "8080:80"
                - "127.0.0.1:5432:5432/udp"
                - "[::1]:9000-9001:9000-9001"
                - target: 443
                  published: "8443"
                  host_ip: 0.0.0.0
          """);

      assertThat(container(r, "web").ports()).extracting(Port::containerPort, Port::hostPort, Port::hostIp, Port::protocol)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(80, null, null, "tcp"),
              org.assertj.core.groups.Tuple.tuple(80, 8080, null, "tcp"),
              org.assertj.core.groups.Tuple.tuple(5432, 5432, "127.0.0.1", "udp"),
              org.assertj.core.groups.Tuple.tuple(9000, 9000, "::1", "tcp"),
              org.assertj.core.groups.Tuple.tuple(443, 8443, "0.0.0.0", "tcp"));
    }

    @Test
    void labelsSuppressRules() throws IOException {
      ReadResult r = compose("""
          services:
            agent:
              image: a:1
              labels:
                moat.dev/ignore: host-pid-namespace, runs-as-root
                moat.dev/ignore-reason: the monitoring agent must see host processes
            other:
              image: a:1
              labels: ["moat.dev/ignore=*"]
          """);

      assertThat(service(r, "agent").suppressions()).singleElement().satisfies(s -> {
        assertThat(s.ruleIds()).containsExactly("host-pid-namespace", "runs-as-root");
        assertThat(s.reason()).isEqualTo("the monitoring agent must see host processes");
        assertThat(s.source().line()).isEqualTo(5);
      });
      assertThat(service(r, "other").suppressions()).singleElement().satisfies(s -> assertThat(s.reason()).isNull());
    }
  }

  @Nested
  class Volumes {

    @Test
    void shortSyntaxBindsNamedVolumesAndAnonymousOnes() throws IOException {
      ReadResult r = compose("""
          services:
            app:
              image: a:1
              volumes:
                - /var/run/docker.sock:/var/run/docker.sock:ro
                - ./data:/data
                - ../shared:/shared:rw
                - .:/src
                - ~/.cache:/cache
                - appdata:/var/lib/app
                - /scratch
                - C:\\Users\\me:/win
          volumes:
            appdata:
          """);

      List<Mount> mounts = container(r, "app").mounts();
      assertThat(mounts).extracting(Mount::kind, Mount::hostPath, Mount::containerPath, Mount::isWritable, Mount::volumeName)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(MountKind.HOST_PATH, "/var/run/docker.sock", "/var/run/docker.sock", false, null),
              org.assertj.core.groups.Tuple.tuple(MountKind.HOST_PATH, "./data", "/data", true, null),
              org.assertj.core.groups.Tuple.tuple(MountKind.HOST_PATH, "../shared", "/shared", true, null),
              org.assertj.core.groups.Tuple.tuple(MountKind.HOST_PATH, ".", "/src", true, null),
              org.assertj.core.groups.Tuple.tuple(MountKind.HOST_PATH, "~/.cache", "/cache", true, null),
              org.assertj.core.groups.Tuple.tuple(MountKind.VOLUME, null, "/var/lib/app", true, "appdata"),
              org.assertj.core.groups.Tuple.tuple(MountKind.VOLUME, null, "/scratch", true, null),
              org.assertj.core.groups.Tuple.tuple(MountKind.HOST_PATH, "C:\\Users\\me", "/win", true, null));
      assertThat(mounts.get(0).readOnly()).isEqualTo(Setting.explicit(true, new Source(label("compose.yaml"), 5, "/services/app/volumes/0")));
      assertThat(mounts.get(0).hostPathSource()).isEqualTo(mounts.get(0).source());
      assertThat(mounts.get(1).readOnly().origin()).isEqualTo(Origin.DEFAULT);
    }

    @Test
    void longSyntaxAndTmpfs() throws IOException {
      ReadResult r = compose("""
          services:
            app:
              image: a:1
              tmpfs: /run
              volumes:
                - type: bind
                  source: /etc
                  target: /host-etc
                  read_only: true
                - type: volume
                  source: cache
                  target: /cache
                - type: tmpfs
                  target: /tmp
                - type: npipe
                  source: \\\\.\\pipe\\docker_engine
                  target: \\\\.\\pipe\\docker_engine
          """);

      List<Mount> mounts = container(r, "app").mounts();
      assertThat(mounts).extracting(Mount::kind, Mount::hostPath, Mount::containerPath)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(MountKind.HOST_PATH, "/etc", "/host-etc"),
              org.assertj.core.groups.Tuple.tuple(MountKind.VOLUME, null, "/cache"),
              org.assertj.core.groups.Tuple.tuple(MountKind.TMPFS, null, "/tmp"),
              org.assertj.core.groups.Tuple.tuple(MountKind.HOST_PATH, "\\\\.\\pipe\\docker_engine", "\\\\.\\pipe\\docker_engine"),
              org.assertj.core.groups.Tuple.tuple(MountKind.TMPFS, null, "/run"));
      Mount etc = mounts.get(0);
      assertThat(etc.isWritable()).isFalse();
      assertThat(etc.readOnly().source().line()).isEqualTo(9);
      assertThat(etc.source().line()).as("the list item").isEqualTo(6);
      assertThat(etc.hostPathSource().line()).as("the source: key").isEqualTo(7);
    }

    @Test
    void aNamedVolumeBoundFromAHostPathIsAHostPath() throws IOException {
      ReadResult r = compose("""
          services:
            app:
              image: a:1
              volumes:
                - logs:/logs
                - type: volume
                  source: data
                  target: /data
          volumes:
            logs:
              driver: local
              driver_opts:
                type: none
                o: bind
                device: /var/log
            data:
              driver_opts: {type: none, o: "bind,rw", device: ./data}
          """);

      List<Mount> mounts = container(r, "app").mounts();
      assertThat(mounts).extracting(Mount::kind, Mount::hostPath, Mount::volumeName)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(MountKind.HOST_PATH, "/var/log", "logs"),
              org.assertj.core.groups.Tuple.tuple(MountKind.HOST_PATH, "./data", "data"));
      assertThat(mounts.get(0).source().line()).isEqualTo(5);
      assertThat(mounts.get(0).hostPathSource().line()).as("the device: line").isEqualTo(15);
    }

    @Test
    void volumesFromCopiesAnotherServicesMounts() throws IOException {
      ReadResult r = compose("""
          services:
            data:
              image: a:1
              volumes: ["/srv/data:/data", "cache:/cache"]
              tmpfs: /tmp
            reader:
              image: a:1
              volumes_from:
                - data:ro
          """);

      List<Mount> mounts = container(r, "reader").mounts();
      assertThat(mounts).extracting(Mount::hostPath, Mount::containerPath, Mount::isWritable)
          .containsExactly(org.assertj.core.groups.Tuple.tuple("/srv/data", "/data", false),
              org.assertj.core.groups.Tuple.tuple(null, "/cache", false));
      assertThat(mounts.get(0).hostPathSource().line()).as("the volumes_from line").isEqualTo(9);
    }

    @Test
    void eachMountCopiedThroughVolumesFromHasASourceOfItsOwn() throws IOException {
      ReadResult r = compose("""
          services:
            helper:
              image: alpine:3
              volumes_from: [files]
            files:
              image: alpine:3
              volumes: [/srv/files:/files, ./local:/local, /var/run/docker.sock:/var/run/docker.sock]
          """);

      List<Mount> mounts = container(r, "helper").mounts();
      assertThat(mounts).extracting(m -> m.source().line()).containsOnly(4);
      assertThat(mounts).extracting(m -> m.hostPathSource().pointer()).containsExactly(
          "/services/helper/volumes_from/0/0", "/services/helper/volumes_from/0/1", "/services/helper/volumes_from/0/2");
      // One severe mount must not supersede the findings of the others.
      Report report = Scan.report(r, RuleSet.catalogue());
      assertThat(report.findings()).filteredOn(f -> "helper".equals(f.container()))
          .filteredOn(f -> f.ruleId().equals("host-path-mount") || f.ruleId().equals("container-runtime-socket"))
          .extracting(Finding::ruleId).containsExactlyInAnyOrder("host-path-mount", "host-path-mount",
              "container-runtime-socket");
    }

    @Test
    void devicesShortAndLong() throws IOException {
      ReadResult r = compose("""
          services:
            app:
              image: a:1
              devices:
                - /dev/ttyUSB0
                - "/dev/sda:/dev/xvda:r"
                - source: /dev/kvm
                  target: /dev/kvm
                  permissions: rwm
                - nvidia.com/gpu=all
          """);

      assertThat(container(r, "app").devices()).extracting(Device::hostPath, Device::containerPath, Device::permissions,
              d -> d.source().line())
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple("/dev/ttyUSB0", "/dev/ttyUSB0", "rwm", 5),
              org.assertj.core.groups.Tuple.tuple("/dev/sda", "/dev/xvda", "r", 6),
              org.assertj.core.groups.Tuple.tuple("/dev/kvm", "/dev/kvm", "rwm", 7),
              org.assertj.core.groups.Tuple.tuple("nvidia.com/gpu=all", null, null, 10));
    }
  }

  @Nested
  class Interpolation {

    @Test
    void allFormsAndDollarEscapes() throws IOException {
      ReadResult r = compose("""
          services:
            app:
              image: "${REGISTRY}/app:${TAG:-1.0}"
              user: "${UID-1000}:${GID:-0}"
              runtime: ${RUNTIME:?set RUNTIME}
              cap_add: ["$CAP", "${SET:+SYS_TIME}"]
              cap_drop: ["${EMPTY:+NET_ADMIN}ALL"]
              labels:
                cost: "$$5 ${NESTED:-${TAG:-none}}"
          """, Map.of("REGISTRY", "registry.example.com", "TAG", "", "GID", "", "UID", "", "RUNTIME", "runc",
          "CAP", "NET_RAW", "EMPTY", "", "SET", "x"));

      Container c = container(r, "app");
      assertThat(c.image().value()).isEqualTo("registry.example.com/app:1.0");
      assertThat(c.isolation().identity().runAsUser().isKnown()).as("UID is set, if empty").isFalse();
      assertThat(c.isolation().identity().runAsGroup().value()).isZero();
      assertThat(service(r, "app").isolation().runtimeClass().value()).isEqualTo("runc");
      assertThat(c.isolation().capabilities().add()).extracting(Setting::value).containsExactly("NET_RAW", "SYS_TIME");
      assertThat(c.isolation().capabilities().drop()).extracting(Setting::value).containsExactly("ALL");
      assertThat(r.notes()).isEmpty();
    }

    @Test
    void pwdIsTheProjectDirectoryAndHomeTheHomeOfWhoeverRunsCompose() throws IOException {
      write("common/base.yaml", "services:\n  base:\n    volumes: [\"${PWD}/data:/data\", \"${PWD}:/src\"]\n");
      write(".env", "CACHE=${HOME}/.cache\n");
      Map<String, String> rootAtSlash = Map.of("PWD", "/", "HOME", "/root");
      ReadResult r = compose("""
          services:
            app:
              image: node:20
              extends: {file: common/base.yaml, service: base}
              volumes: ["${PWD}:/app", "${HOME}/.npm:/home/node/.npm", "${CACHE}:/cache"]
          """, rootAtSlash);

      assertThat(container(r, "app").mounts()).extracting(Mount::containerPath, Mount::hostPath).containsExactly(
          org.assertj.core.groups.Tuple.tuple("/data", "./data"),
          org.assertj.core.groups.Tuple.tuple("/src", "."),
          org.assertj.core.groups.Tuple.tuple("/app", "."),
          org.assertj.core.groups.Tuple.tuple("/home/node/.npm", "~/.npm"),
          org.assertj.core.groups.Tuple.tuple("/cache", "~/.cache"));
      assertThat(r.notes()).isEmpty();
      assertThat(container(compose(Files.readString(dir.resolve("compose.yaml")), Map.of()), "app").mounts())
          .as("the same wherever Moat runs").extracting(Mount::hostPath)
          .containsExactly("./data", ".", ".", "~/.npm", "~/.cache");
    }

    @Test
    void aDollarEscapeStaysLiteral() throws IOException {
      ReadResult r = compose("services:\n  app:\n    image: a:1\n    labels: {price: \"$$5\"}\n    user: \"$${X}\"\n");

      assertThat(isolation(r, "app").identity().userName().value()).isEqualTo("${X}");
    }

    @Test
    void interpolatedValuesAreCastLikeComposeDoes() throws IOException {
      ReadResult r = compose("services:\n  app:\n    image: a:1\n    privileged: ${PRIV}\n    pids_limit: ${PIDS:-64}\n",
          Map.of("PRIV", "TRUE"));

      assertThat(isolation(r, "app").privileged().value()).isTrue();
      assertThat(container(r, "app").resources().pidsLimit().value()).isEqualTo(64L);
    }

    @Test
    void aMissingRequiredVariableIsOneErrorWithFileAndLine() throws IOException {
      write("other.yaml", "services:\n  ok:\n    image: a:1\n");
      write("compose.yaml", "services:\n  app:\n    image: a:1\n    user: ${APP_UID?set APP_UID to the service user}\n");

      ReadResult r = scan(Map.of(), dir.toString());

      InputError e = onlyError(r);
      assertThat(e.source().file()).isEqualTo(dir + "/compose.yaml");
      assertThat(e.source().line()).isEqualTo(4);
      assertThat(e.message()).isEqualTo("services.app.user: required variable APP_UID is missing a value: "
          + "set APP_UID to the service user");
      assertThat(r.workloads()).as("the other input is still read").extracting(w -> w.ref().name()).containsExactly("ok");
    }

    @Test
    void colonQuestionAlsoRefusesAnEmptyValue() throws IOException {
      ReadResult r = compose("services:\n  app:\n    image: ${IMAGE:?}\n", Map.of("IMAGE", ""));

      assertThat(onlyError(r).message()).isEqualTo("services.app.image: required variable IMAGE is missing a value");
      assertThat(compose("services:\n  app:\n    image: ${IMAGE?}\n", Map.of("IMAGE", "")).errors())
          .as("without a colon, empty is a value").isEmpty();
    }

    @Test
    void aStrayDollarIsAnError() throws IOException {
      ReadResult r = compose("services:\n  app:\n    image: a:1\n    command: echo $1\n");

      InputError e = onlyError(r);
      assertThat(e.source().line()).isEqualTo(4);
      assertThat(e.message()).contains("services.app.command").contains("invalid interpolation format").contains("$$");
    }

    @Test
    void dotEnvBesideTheFileIsReadAndTheEnvironmentWins() throws IOException {
      write(".env", """
          # defaults for local runs
          export TAG=2.0
          USER_ID='1000'
          PRIVILEGED="false"   # quoted
          CAPS=${EXTRA:-SYS_PTRACE}
          EMPTY=
          """);

      ReadResult r = compose("""
          services:
            app:
              image: app:${TAG}
              user: ${USER_ID}
              privileged: ${PRIVILEGED}
              cap_add: [$CAPS]
          """, Map.of("PRIVILEGED", "true"));

      Container c = container(r, "app");
      assertThat(c.image().value()).isEqualTo("app:2.0");
      assertThat(c.isolation().identity().runAsUser().value()).isEqualTo(1000L);
      assertThat(c.isolation().privileged().value()).as("the environment beats .env").isTrue();
      assertThat(c.isolation().capabilities().add()).extracting(Setting::value).containsExactly("SYS_PTRACE");
    }

    @Test
    void aBrokenDotEnvIsAnErrorWithItsLine() throws IOException {
      write(".env", "A=1\nB=\"unterminated\n");

      ReadResult r = compose("services:\n  app:\n    image: a:1\n");

      InputError e = onlyError(r);
      assertThat(e.source()).isEqualTo(new Source(dir + "/.env", 2, ""));
      assertThat(e.message()).contains("unterminated");
    }

    @Test
    void unsetVariablesAreEmptyAndNotedOnce() throws IOException {
      ReadResult r = compose("services:\n  app:\n    image: a:${TAG}\n    environment: [\"TZ=${TZ}\", \"B=${TAG}\"]\n");

      assertThat(container(r, "app").image().value()).isEqualTo("a:");
      assertThat(r.notes()).singleElement().satisfies(n -> {
        assertThat(n.source().line()).isEqualTo(3);
        assertThat(n.message()).startsWith("variables TAG, TZ are not set");
      });
    }

    @Test
    void aWrongValueMadeByAnUnsetVariableSaysSo() throws IOException {
      ReadResult r = compose("services:\n  app:\n    image: a:1\n    volumes:\n      - ${MEDIA}:/media\n");

      assertThat(onlyError(r).message()).isEqualTo("services.app.volumes[0]: expected a volume such as ./data:/data:ro "
          + "or name:/data, found \":/media\" (MEDIA is not set, so read as empty)");
    }
  }

  @Nested
  class Merging {

    @Test
    void composeFilesAreMergedInOrderWithComposeRules() throws IOException {
      Path base = write("base.yml", """
          services:
            app:
              image: app:1
              user: "1000"
              cap_add: [NET_ADMIN]
              cap_drop: [ALL]
              security_opt: [no-new-privileges:true]
              volumes:
                - ./data:/data
                - logs:/logs
              environment: {A: "1"}
          """);
      Path prod = write("prod.yml", """
          services:
            app:
              image: app:2
              cap_add: [NET_ADMIN, SYS_TIME]
              security_opt: ["seccomp:unconfined"]
              volumes:
                - /srv/data:/data:ro
              environment: ["B=2"]
            extra:
              image: extra:1
          """);

      ReadResult r = project(Map.of(), base.toString(), prod.toString());

      Container c = container(r, "app");
      assertThat(c.image().value()).isEqualTo("app:2");
      assertThat(c.image().source()).isEqualTo(new Source(prod.toString(), 3, "/services/app/image"));
      assertThat(c.isolation().identity().runAsUser().value()).as("kept from the base").isEqualTo(1000L);
      assertThat(c.isolation().capabilities().add()).extracting(Setting::value).containsExactly("NET_ADMIN", "SYS_TIME");
      assertThat(c.isolation().capabilities().dropsAll()).isTrue();
      assertThat(c.isolation().allowPrivilegeEscalation().value()).as("security_opt is appended").isFalse();
      assertThat(c.isolation().seccomp().value().kind()).isEqualTo(ProfileKind.UNCONFINED);
      assertThat(c.isolation().seccomp().source().file()).isEqualTo(prod.toString());
      assertThat(c.mounts()).extracting(Mount::hostPath, Mount::containerPath, Mount::isWritable)
          .as("volumes are unique by target, the later file winning in place")
          .containsExactly(org.assertj.core.groups.Tuple.tuple("/srv/data", "/data", false),
              org.assertj.core.groups.Tuple.tuple(null, "/logs", true));
      assertThat(service(r, "app").source().file()).as("the service is declared in the first file").isEqualTo(base.toString());
      assertThat(service(r, "extra").source().file()).isEqualTo(prod.toString());
      assertThat(r.files()).isEqualTo(1);
      assertThat(r.documents()).isEqualTo(2);
    }

    @Test
    void aProjectDirectoryMergesItsOverrideFile() throws IOException {
      write("app/compose.yaml", "services:\n  web:\n    image: web:1\n    read_only: true\n");
      write("app/compose.override.yaml", "services:\n  web:\n    read_only: false\n    ports: [\"8080:80\"]\n");

      ReadResult r = scan(Map.of(), dir.toString());

      assertThat(r.workloads()).hasSize(1);
      Container c = container(r, "web");
      assertThat(c.isolation().readOnlyRootFilesystem()).isEqualTo(Setting.explicit(false,
          new Source(dir + "/app/compose.override.yaml", 3, "/services/web/read_only")));
      assertThat(c.ports()).hasSize(1);
    }

    @Test
    void resetAndOverrideTags() throws IOException {
      Path base = write("compose.yaml", """
          services:
            app:
              image: app:1
              privileged: true
              cap_add: [SYS_ADMIN]
              volumes: ["/etc:/etc", "data:/data"]
          """);
      Path override = write("compose.prod.yaml", """
          services:
            app:
              privileged: !reset null
              cap_add: !reset []
              volumes: !override
                - data:/data
          """);

      ReadResult r = project(Map.of(), base.toString(), override.toString());

      Container c = container(r, "app");
      assertThat(c.isolation().privileged().origin()).isEqualTo(Origin.DEFAULT);
      assertThat(c.isolation().capabilities().add()).isEmpty();
      assertThat(c.mounts()).extracting(Mount::containerPath).containsExactly("/data");
    }

    @Test
    void severalDocumentsInOneFileAreMergedInOrder() throws IOException {
      ReadResult r = compose("services:\n  app:\n    image: a:1\n---\nservices:\n  app:\n    privileged: true\n");

      assertThat(r.workloads()).hasSize(1);
      assertThat(isolation(r, "app").privileged().source().line()).isEqualTo(7);
    }

    @Test
    void includedFilesBringTheirServicesWithPathsRelativeToThemselves() throws IOException {
      write("infra/monitoring.yaml", """
          services:
            agent:
              image: agent:1
              pid: host
              volumes: ["./conf:/etc/agent:ro"]
          """);
      ReadResult r = compose("""
          include:
            - infra/monitoring.yaml
          services:
            app:
              image: app:1
          """);

      assertThat(r.workloads()).extracting(w -> w.ref().name()).containsExactlyInAnyOrder("agent", "app");
      Workload agent = service(r, "agent");
      assertThat(agent.namespaces().hostPid().source()).isEqualTo(new Source(dir + "/infra/monitoring.yaml", 4, "/services/agent/pid"));
      assertThat(agent.containers().get(0).mounts()).extracting(Mount::hostPath).containsExactly("./infra/conf");
    }

    @Test
    void anIncludeCycleIsAnError() throws IOException {
      write("a.yaml", "include: [compose.yaml]\nservices:\n  a:\n    image: a:1\n");

      ReadResult r = compose("include:\n  - path: a.yaml\nservices:\n  app:\n    image: app:1\n");

      assertThat(r.errors()).singleElement().satisfies(e -> assertThat(e.message()).contains("include cycle"));
    }

    @Test
    void aMissingOverrideFileIsAnError() throws IOException {
      Path base = write("compose.yaml", "services:\n  app:\n    image: a:1\n");

      ReadResult r = project(Map.of(), base.toString(), dir.resolve("nope.yaml").toString());

      assertThat(onlyError(r).message()).isEqualTo("no such file or directory");
    }
  }

  @Nested
  class Extends {

    @Test
    void extendsWithinTheFileMergesTheBaseUnderTheService() throws IOException {
      ReadResult r = compose("""
          services:
            base:
              image: base:1
              cap_drop: [ALL]
              privileged: true
            web:
              extends: base
              privileged: false
            worker:
              extends:
                service: web
              cap_add: [NET_BIND_SERVICE]
          """);

      Isolation web = isolation(r, "web");
      assertThat(web.privileged()).isEqualTo(Setting.explicit(false, new Source(label("compose.yaml"), 8, "/services/web/privileged")));
      assertThat(web.capabilities().dropsAll()).isTrue();
      assertThat(web.capabilities().where()).as("written in base").isEqualTo(new Source(label("compose.yaml"), 4, "/services/base/cap_drop"));
      Isolation worker = isolation(r, "worker");
      assertThat(worker.privileged().value()).isFalse();
      assertThat(worker.capabilities().add()).extracting(Setting::value).containsExactly("NET_BIND_SERVICE");
      assertThat(container(r, "worker").image().value()).isEqualTo("base:1");
      assertThat(service(r, "worker").source().line()).as("the service's own line").isEqualTo(9);
    }

    @Test
    void extendsFromAnotherFileResolvesItsRelativePathsThere() throws IOException {
      write("common/base.yaml", """
          services:
            hardened:
              image: base:1
              read_only: true
              volumes: ["./config:/config:ro"]
          """);
      ReadResult r = compose("""
          services:
            app:
              extends:
                file: common/base.yaml
                service: hardened
              volumes: ["./data:/data"]
          """);

      Container c = container(r, "app");
      assertThat(c.isolation().readOnlyRootFilesystem().source().file()).isEqualTo(dir + "/common/base.yaml");
      assertThat(c.mounts()).extracting(Mount::hostPath).containsExactly("./common/config", "./data");
    }

    @Test
    void brokenExtendsAreErrorsAtTheExtendsLine() throws IOException {
      ReadResult cycle = compose("services:\n  a:\n    image: x:1\n    extends: b\n  b:\n    extends: a\n");
      assertThat(onlyError(cycle).message()).isEqualTo("services.a.extends: extends cycle: a -> b -> a");
      assertThat(cycle.workloads()).isEmpty();

      InputError missing = onlyError(compose("services:\n  a:\n    image: x:1\n    extends: nope\n"));
      assertThat(missing.source().line()).isEqualTo(4);
      assertThat(missing.message()).isEqualTo("services.a.extends: service 'nope' not found");

      InputError absolute = onlyError(compose(
          "services:\n  a:\n    extends:\n      file: /etc/compose/base.yml\n      service: x\n"));
      assertThat(absolute.message()).contains("not a local relative path");

      InputError noFile = onlyError(compose("services:\n  a:\n    extends: {file: missing.yml, service: x}\n"));
      assertThat(noFile.source().line()).isEqualTo(3);
      assertThat(noFile.message()).contains("missing.yml").contains("no such file");
    }
  }

  @Nested
  class Errors {

    @Test
    void aWrongTypeIsReportedReadAsAbsentAndTheRestOfItsServiceIsStillJudged() throws IOException {
      ReadResult r = compose("""
          services:
            good:
              image: a:1
            bad:
              image: a:1
              privileged: maybe
              cap_add: SYS_ADMIN
              volumes: ["/:/host"]
          """);

      assertThat(r.workloads()).extracting(w -> w.ref().name()).containsExactly("good", "bad");
      assertThat(r.errors()).extracting(e -> e.source().line() + " " + e.message()).containsExactly(
          "6 services.bad.privileged: expected a boolean (true or false), found \"maybe\"",
          "7 services.bad.cap_add: expected a list of strings, found \"SYS_ADMIN\"");
      Container bad = r.workloads().get(1).containers().get(0);
      assertThat(bad.isolation().privileged().origin()).as("read as absent").isEqualTo(Origin.DEFAULT);
      assertThat(bad.isolation().capabilities().add()).isEmpty();
      assertThat(bad.mounts()).extracting(Mount::hostPath).as("judged all the same").containsExactly("/");
    }

    @Test
    void anUnknownCapabilityIsAnErrorWithAHintAndTheRestOfTheServiceIsJudged() throws IOException {
      ReadResult r = compose("""
          services:
            app:
              image: a:1
              cap_add: [sys_admn, "SYS_ADMIN,NET_ADMIN", cap_net_admin, all, Sys_Time, sys-admin]
              cap_drop: [FOO]
              privileged: true
          """);

      assertThat(r.errors()).extracting(e -> e.source().line() + " " + e.message()).containsExactly(
          "4 services.app.cap_add[0]: unknown capability \"sys_admn\" (did you mean CAP_SYS_ADMIN?)",
          "4 services.app.cap_add[1]: unknown capability \"SYS_ADMIN,NET_ADMIN\" (it names several capabilities "
              + "(CAP_SYS_ADMIN, CAP_NET_ADMIN): give each one separately)",
          "4 services.app.cap_add[5]: unknown capability \"sys-admin\" (did you mean CAP_SYS_ADMIN?)",
          "5 services.app.cap_drop[0]: unknown capability \"FOO\" (expected a Linux capability such as "
              + "CAP_NET_BIND_SERVICE (see capabilities(7)) or ALL)");
      Isolation app = r.workloads().get(0).containers().get(0).isolation();
      assertThat(app.capabilities().add()).extracting(Setting::value).containsExactly("cap_net_admin", "all", "Sys_Time");
      assertThat(app.capabilities().drop()).isEmpty();
      assertThat(app.privileged().value()).isTrue();
    }

    @Test
    void truncatedYamlIsOneErrorWithItsLine() throws IOException {
      ReadResult r = compose("services:\n  app:\n    image: a:1\n    cap_add: [SYS_ADMIN\n");

      InputError e = onlyError(r);
      assertThat(e.source().file()).isEqualTo(label("compose.yaml"));
      assertThat(e.source().line()).isBetween(4, 5);
      assertThat(e.message()).startsWith("invalid YAML");
      assertThat(r.workloads()).isEmpty();
    }

    @Test
    void brokenYamlInAnOverrideNamesTheOverride() throws IOException {
      write("compose.yaml", "services:\n  app:\n    image: a:1\n");
      write("compose.override.yaml", "services:\n  app:\n    privileged: [\n");

      ReadResult r = scan(Map.of(), dir.toString());

      assertThat(onlyError(r).source().file()).isEqualTo(dir + "/compose.override.yaml");
      assertThat(r.workloads()).as("a project docker compose cannot load is not judged").isEmpty();
    }

    @Test
    void composeV1AndNonMappingServicesAreRefused() throws IOException {
      assertThat(onlyError(compose("web:\n  image: a:1\n  privileged: true\n")).message()).contains("v1");
      InputError notAService = onlyError(compose("services:\n  web: nginx\n"));
      assertThat(notAService.source().line()).isEqualTo(2);
      assertThat(notAService.message()).contains("services.web: expected a service");
    }

    @Test
    void anOverrideFileReadAloneIsExplainedWhenNamedAndSkippedInADirectory() throws IOException {
      InputError e = onlyError(compose("services:\n  web:\n    read_only: true\n"));
      assertThat(e.message()).contains("has neither image nor build").contains("--compose-file");

      write("ci/docker-compose.ci.yml", "services:\n  web:\n    environment: [CI=1]\n");
      ReadResult walked = scan(Map.of(), dir.resolve("ci").toString());
      assertThat(walked.errors()).isEmpty();
      assertThat(walked.workloads()).isEmpty();
      assertThat(walked.skippedKinds()).containsKey("service without image or build (an override file read alone?)");
    }

    @Test
    void aComposeFileIsDetectedByContentToo() throws IOException {
      write("stack.yaml", "services:\n  web:\n    image: a:1\n    privileged: true\n");

      ReadResult r = scan(Map.of(), label("stack.yaml"));

      assertThat(isolation(r, "web").privileged().value()).isTrue();
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {
        "services: []",
        "services: {a: [1, 2]}",
        "services: {a: {image: [x]}}",
        "services: {a: {image: x, volumes: {a: b}}}",
        "services: {a: {image: x, volumes: [[a]]}}",
        "services: {a: {image: x, volumes: [{type: bind}]}}",
        "services: {a: {image: x, volumes: [{type: volume}, {target: /x}, {}]}}",
        "services: {a: {image: x, ports: [{published: 80}, {target: http}, [1]]}}",
        "services: {a: {image: x, devices: [{target: /dev/x}, [1], ~]}}",
        "services: {a: {image: x, extends: [a]}}",
        "services: {a: {image: x, extends: {file: [x], service: a}}}",
        "services: {a: {image: x, extends: {}}}",
        "services: {a: {image: x, security_opt: [~, [a], {a: b}, 'label', 'label:', 'no-new-privileges:maybe']}}",
        "services: {a: {image: x, labels: x, sysctls: x, tmpfs: {a: b}, deploy: x, user: {}}}",
        "services: {a: {image: x, deploy: {resources: {limits: {memory: lots, cpus: many, pids: some}}}}}",
        "services: {a: {image: x, mem_limit: [1], cpus: {}, pids_limit: 1.5, cpu_quota: x}}",
        "services: {a: {image: x, network_mode: 'service:', pid: 'service:a', ipc: 'service:b'}, b: {image: x, ipc: 'service:a'}}",
        "services: {a: {image: x, volumes_from: [':ro', 'container:x', a, b]}, b: {image: x, volumes_from: [a]}}",
        "include: x\nservices: {a: {image: x}}",
        "include: [[], {path: []}, ~, {path: /abs.yml}]\nservices: {a: {image: x}}",
        "name: [x]\nvolumes: [a]\nservices: {a: {image: x}}",
        "volumes: {v: {driver_opts: [x]}, w: {driver_opts: {o: [bind], device: {}}}}\nservices: {a: {image: x}}",
        "services: {a: {image: '${A:-${A:-${A:-${A:-${A:-${A:-${A:-${A:-${A:-${A:-${A:-${A:-${A:-${A:-${A:-${A:-${A:-${A:-${A:-${A:-${A:-${A:-${A:-${A:-${A:-${A:-${A:-${A:-${A:-${A:-${A:-${A:-${A:-${A:-x}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}'}}",
        "services: {a: {image: x, platform: [x], runtime: {}, userns_mode: [], cgroup: {}, uts: []}}",
        "services:\n  a: !!binary aGVsbG8=",
        "- a\n- b",
        "services: {a: {image: x, ports: ['a:b:c:d:e', '99999', '', '[::1:80']}}",
        "services: {a: {image: x, user: ':', read_only: 1, privileged: ''}}",
    })
    void oddInputIsReportedNeverThrown(String yaml) throws IOException {
      write("compose.yaml", yaml + "\n");

      ReadResult r = scan(Map.of(), label("compose.yaml"));

      assertThat(r.errors().size() + r.workloads().size() + r.skippedKinds().size()).as(yaml).isPositive();
      assertThat(r.errors()).allSatisfy(e -> assertThat(e.message()).isNotBlank());
    }

    @Test
    void forcedFormatAndStandardInputWork() {
      ReadResult r = new Inputs(InputOptions.DEFAULT, Map.of("T", "2")).read(
          new ScanRequest(List.of("-"), List.of(), List.of(), List.of(), InputFormat.COMPOSE),
          new java.io.ByteArrayInputStream("services:\n  web:\n    image: a:${T}\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)));

      assertThat(container(r, "web").image().value()).isEqualTo("a:2");
      assertThat(service(r, "web").source().file()).isEqualTo("-");
    }
  }
}
