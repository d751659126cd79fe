package dev.moat.input.inspect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.moat.input.InputOptions;
import dev.moat.input.Inputs;
import dev.moat.input.ReadResult;
import dev.moat.input.tree.JsonLoader;
import dev.moat.input.tree.Limits;
import dev.moat.model.Capabilities;
import dev.moat.model.Container;
import dev.moat.model.DefaultCapabilities;
import dev.moat.model.Device;
import dev.moat.model.InputError;
import dev.moat.model.Isolation;
import dev.moat.model.Mount;
import dev.moat.model.MountKind;
import dev.moat.model.Origin;
import dev.moat.model.Platform;
import dev.moat.model.ProfileKind;
import dev.moat.model.Setting;
import dev.moat.model.Source;
import dev.moat.model.Sysctl;
import dev.moat.model.Workload;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The inspect reader on real docker and podman inspect output (src/test/resources/engine, written
 * by scripts/engine-fixtures.sh). Lines are looked up by the text of the key they must point at,
 * never written as numbers, so regenerating the fixtures does not break these tests.
 */
class InspectReaderTest {

  static final Path ENGINE = Path.of("src/test/resources/engine");

  static String text(String engine, String name) throws IOException {
    return Files.readString(ENGINE.resolve(engine).resolve(name + ".inspect.json"));
  }

  static ReadResult readText(String file, String json) {
    ReadResult out = new ReadResult();
    InspectReader.read(file, new JsonLoader(Limits.DEFAULT).load(json), out);
    return out;
  }

  static Workload only(String engine, String name) throws IOException {
    ReadResult r = readText(name + ".inspect.json", text(engine, name));
    assertThat(r.errors()).isEmpty();
    assertThat(r.workloads()).hasSize(1);
    return r.workloads().get(0);
  }

  static Container container(String engine, String name) throws IOException {
    return only(engine, name).containers().get(0);
  }

  /** The 1-based line of the first line containing the text (after a start line, if given). */
  static int lineOf(String engine, String name, String needle) throws IOException {
    return lineOf(text(engine, name), needle, 1);
  }

  static int lineOf(String text, String needle, int from) {
    List<String> lines = text.lines().toList();
    for (int i = from - 1; i < lines.size(); i++) {
      if (lines.get(i).contains(needle)) {
        return i + 1;
      }
    }
    throw new AssertionError("no line contains " + needle);
  }

  @Nested
  class Docker {

    @Test
    void theDefaultContainerHasDockersDefaultsPointingAtTheKeysThatWouldChangeThem() throws IOException {
      Workload w = only("docker", "default");
      Container c = w.containers().get(0);
      Isolation i = c.isolation();

      assertThat(w.platform()).isEqualTo(Platform.DOCKER);
      assertThat(w.ref().kind()).isEqualTo("container");
      assertThat(w.ref().name()).isEqualTo("default");
      assertThat(w.ref().namespace()).isNull();
      assertThat(c.name()).isEqualTo("default");
      assertThat(c.image().value()).isEqualTo("local/busybox:test");
      assertThat(i.privileged()).isEqualTo(Setting.explicit(false,
          Source.of("default.inspect.json", lineOf("docker", "default", "\"Privileged\""), "/0/HostConfig", "Privileged")));
      Capabilities caps = i.capabilities();
      assertThat(caps.isReported()).isFalse();
      assertThat(caps.effective()).isEqualTo(DefaultCapabilities.DOCKER);
      assertThat(caps.where().line()).isEqualTo(lineOf("docker", "default", "\"CapDrop\""));
      assertThat(i.seccomp().value().kind()).isEqualTo(ProfileKind.RUNTIME_DEFAULT);
      assertThat(i.seccomp().origin()).isEqualTo(Origin.DEFAULT);
      assertThat(i.seccomp().source().line()).isEqualTo(lineOf("docker", "default", "\"SecurityOpt\""));
      assertThat(i.allowPrivilegeEscalation().value()).isTrue();
      assertThat(i.allowPrivilegeEscalation().origin()).isEqualTo(Origin.DEFAULT);
      assertThat(i.appArmor().isKnown()).isFalse();
      assertThat(i.seLinux().isKnown()).isFalse();
      assertThat(i.readOnlyRootFilesystem().value()).isFalse();
      assertThat(i.procMount().value()).isEqualTo("Default");
      // An empty Config.User is root: the engine has merged the image's USER in already.
      assertThat(i.identity().runAsUser().value()).isZero();
      assertThat(i.identity().runAsUser().origin()).isEqualTo(Origin.DEFAULT);
      assertThat(i.identity().runAsUser().source().line()).isEqualTo(lineOf("docker", "default", "\"User\""));
      assertThat(i.identity().runAsGroup().isKnown()).isFalse();
      assertThat(c.resources().memoryLimit().isKnown()).isFalse();
      assertThat(c.resources().memoryLimit().source().line()).isEqualTo(lineOf("docker", "default", "\"Memory\""));
      assertThat(c.resources().cpuLimit().source().line()).isEqualTo(lineOf("docker", "default", "\"NanoCpus\""));
      assertThat(c.resources().pidsLimit().source().line()).isEqualTo(lineOf("docker", "default", "\"PidsLimit\""));
      assertThat(c.mounts()).isEmpty();
      assertThat(c.devices()).isEmpty();
      assertThat(w.namespaces().hostPid().value()).isFalse();
      assertThat(w.namespaces().hostNetwork().value()).isFalse();
      assertThat(w.namespaces().hostIpc().value()).isFalse();
      assertThat(w.namespaces().hostUts().value()).isFalse();
      assertThat(w.namespaces().hostUser().isKnown()).as("an empty UsernsMode: the daemon decides").isFalse();
      assertThat(w.isolation().runtimeClass().value()).isEqualTo("runc");
      assertThat(w.isolation().os().value()).isEqualTo("linux");
    }

    @Test
    void privilegedIsReadAtItsLineAndTheLabelDockerDisablesWithIt() throws IOException {
      Isolation i = container("docker", "privileged").isolation();

      assertThat(i.privileged().value()).isTrue();
      assertThat(i.privileged().source().line()).isEqualTo(lineOf("docker", "privileged", "\"Privileged\": true"));
      assertThat(i.seLinux().value().disabled()).isTrue();
      assertThat(i.seLinux().source().line()).isEqualTo(lineOf("docker", "privileged", "\"label=disable\""));
    }

    @Test
    void addedAndDroppedCapabilitiesAreComputedAgainstDockersDefaults() throws IOException {
      Capabilities sysAdmin = container("docker", "cap-add-sys-admin").isolation().capabilities();
      Capabilities dropAll = container("docker", "cap-drop-all").isolation().capabilities();
      Capabilities noNetRaw = container("docker", "cap-drop-net-raw").isolation().capabilities();

      assertThat(sysAdmin.added("SYS_ADMIN")).get().extracting(s -> s.source().line())
          .isEqualTo(lineOf("docker", "cap-add-sys-admin", "\"SYS_ADMIN\""));
      assertThat(sysAdmin.effective()).contains("SYS_ADMIN", "NET_RAW").hasSize(15);
      assertThat(dropAll.dropsAll()).isTrue();
      assertThat(dropAll.effective()).isEmpty();
      assertThat(noNetRaw.effective()).doesNotContain("NET_RAW").hasSize(13);
    }

    @Test
    void securityOptionsAreReadEntryByEntry() throws IOException {
      assertThat(container("docker", "cap-drop-all").isolation().allowPrivilegeEscalation())
          .satisfies(s -> {
            assertThat(s.value()).isFalse();
            assertThat(s.source().line()).isEqualTo(lineOf("docker", "cap-drop-all", "\"no-new-privileges\""));
          });
      assertThat(container("docker", "seccomp-unconfined").isolation().seccomp().value().kind())
          .isEqualTo(ProfileKind.UNCONFINED);
      assertThat(container("docker", "apparmor-unconfined").isolation().appArmor())
          .satisfies(s -> {
            assertThat(s.value().kind()).isEqualTo(ProfileKind.UNCONFINED);
            assertThat(s.source().line()).isEqualTo(lineOf("docker", "apparmor-unconfined", "\"apparmor=unconfined\""));
          });
      assertThat(container("docker", "label-spc").isolation().seLinux().value().type()).isEqualTo("spc_t");
    }

    @Test
    void anEmptyMaskedPathsIsAnUnmaskedProc() throws IOException {
      Setting<String> pm = container("docker", "systempaths-unconfined").isolation().procMount();

      assertThat(pm.value()).isEqualTo("Unmasked");
      assertThat(pm.source().line()).isEqualTo(lineOf("docker", "systempaths-unconfined", "\"MaskedPaths\": []"));
    }

    @Test
    void hostModesAreTheHostsNamespaces() throws IOException {
      assertThat(only("docker", "pid-host").namespaces().hostPid().value()).isTrue();
      assertThat(only("docker", "network-host").namespaces().hostNetwork().value()).isTrue();
      assertThat(only("docker", "ipc-host").namespaces().hostIpc().value()).isTrue();
      assertThat(only("docker", "uts-host").namespaces().hostUts().value()).isTrue();
      assertThat(only("docker", "userns-host").namespaces().hostUser().value()).isTrue();
      assertThat(only("docker", "cgroupns-host").namespaces().hostCgroup().value()).isTrue();
      assertThat(only("docker", "cgroupns-private").namespaces().hostCgroup().value()).isFalse();
      assertThat(only("docker", "pid-host").namespaces().hostPid().source().line())
          .isEqualTo(lineOf("docker", "pid-host", "\"PidMode\": \"host\""));
    }

    @Test
    void mountsAreWhatTheEngineSetUp() throws IOException {
      Mount etc = container("docker", "bind-etc").mounts().get(0);
      Mount etcRo = container("docker", "mount-etc-ro").mounts().get(0);
      List<Mount> named = container("docker", "named-volume").mounts();
      Mount socket = container("docker", "docker-sock").mounts().get(0);

      assertThat(etc.kind()).isEqualTo(MountKind.HOST_PATH);
      assertThat(etc.hostPath()).isEqualTo("/etc");
      assertThat(etc.containerPath()).isEqualTo("/host-etc");
      assertThat(etc.isWritable()).isTrue();
      assertThat(etc.hostPathSource().line()).isEqualTo(lineOf("docker", "bind-etc", "\"Source\": \"/etc\""));
      assertThat(etcRo.isWritable()).as("--mount ...,readonly").isFalse();
      assertThat(named).extracting(Mount::kind, Mount::volumeName, Mount::containerPath).containsExactly(
          tuple(MountKind.VOLUME, "moat-data", "/data"),
          tuple(MountKind.TMPFS, null, "/scratch"));
      assertThat(socket.hostPath()).endsWith("/docker.sock");
      assertThat(socket.containerPath()).isEqualTo("/var/run/docker.sock");
    }

    @Test
    void devicesSysctlsAndLimitsAreRead() throws IOException {
      Device fuse = container("docker", "device").devices().get(0);
      Sysctl forward = only("docker", "sysctl").isolation().sysctls().get(0);
      Container limits = container("docker", "limits");
      Container quota = container("docker", "cpu-quota");

      assertThat(fuse.hostPath()).isEqualTo("/dev/fuse");
      assertThat(fuse.source().line()).isEqualTo(lineOf("docker", "device", "\"PathOnHost\""));
      assertThat(forward).isEqualTo(new Sysctl("net.ipv4.ip_forward", "1",
          Source.of("sysctl.inspect.json", lineOf("docker", "sysctl", "\"net.ipv4.ip_forward\""), "/0/HostConfig/Sysctls",
              "net.ipv4.ip_forward")));
      assertThat(limits.resources().memoryLimit().value()).isEqualTo("67108864");
      assertThat(limits.resources().cpuLimit().value()).isEqualTo("0.5");
      assertThat(limits.resources().pidsLimit().value()).isEqualTo(100L);
      assertThat(quota.resources().cpuLimit().value()).as("CpuQuota / CpuPeriod").isEqualTo("0.5");
      assertThat(quota.resources().cpuLimit().source().line()).isEqualTo(lineOf("docker", "cpu-quota", "\"CpuQuota\""));
      assertThat(quota.resources().pidsLimit().isKnown()).as("--pids-limit -1 is unlimited").isFalse();
    }

    @Test
    void theUserIsUidAndGid() throws IOException {
      Isolation user = container("docker", "user").isolation();
      Isolation rootGroup = container("docker", "root-group").isolation();

      assertThat(user.identity().runAsUser().value()).isEqualTo(1000L);
      assertThat(user.identity().runAsGroup().value()).isEqualTo(1000L);
      assertThat(rootGroup.identity().runAsGroup().value()).isZero();
      assertThat(rootGroup.identity().runAsGroup().origin()).isEqualTo(Origin.EXPLICIT);
    }
  }

  @Nested
  class Podman {

    @Test
    void podmanIsToldByItsOwnFieldsAndItsEffectiveCapabilitiesAreWhatIsJudged() throws IOException {
      Workload w = only("podman", "default");
      Capabilities caps = w.containers().get(0).isolation().capabilities();

      assertThat(w.platform()).isEqualTo(Platform.PODMAN);
      assertThat(w.ref().name()).isEqualTo("default");
      assertThat(caps.isReported()).isTrue();
      assertThat(caps.effective()).isEqualTo(DefaultCapabilities.PODMAN);
      assertThat(caps.reportedEntry("CHOWN")).get().extracting(s -> s.source().line())
          .isEqualTo(lineOf(text("podman", "default"), "\"CAP_CHOWN\"", lineOf("podman", "default", "\"EffectiveCaps\"")));
      assertThat(w.containers().get(0).resources().pidsLimit().value()).as("Podman's default").isEqualTo(2048L);
      assertThat(w.namespaces().hostCgroup().source().line()).isEqualTo(lineOf("podman", "default", "\"CgroupMode\""));
      assertThat(w.isolation().runtimeClass().value()).isEqualTo("crun");
    }

    @Test
    void anAddedCapabilityShowsInTheReportedSetEvenWhereCapAddDoesNotSayIt() throws IOException {
      Capabilities netRaw = container("podman", "cap-add-net-raw").isolation().capabilities();
      Capabilities sysAdmin = container("podman", "cap-add-sys-admin").isolation().capabilities();

      assertThat(netRaw.add()).as("Podman's CapAdd is relative to Docker's defaults").isEmpty();
      assertThat(netRaw.effective()).contains("NET_RAW");
      assertThat(sysAdmin.effective()).contains("SYS_ADMIN");
    }

    @Test
    void aNullEffectiveSetIsNoneAndTheBoundingSetStillCounts() throws IOException {
      Capabilities dropAll = container("podman", "cap-drop-all").isolation().capabilities();
      Capabilities user = container("podman", "user").isolation().capabilities();

      assertThat(dropAll.isReported()).isTrue();
      assertThat(dropAll.effective()).isEmpty();
      // A non-root process has no effective capabilities, but a setuid binary regains the bounding set.
      assertThat(user.effective()).isEqualTo(DefaultCapabilities.PODMAN);
      assertThat(user.reportedEntry("CHOWN")).get().extracting(s -> s.source().line())
          .isEqualTo(lineOf(text("podman", "user"), "\"CAP_CHOWN\"", lineOf("podman", "user", "\"BoundingCaps\"")));
    }

    @Test
    void namespacesUserNamespaceAndUnlimitedPids() throws IOException {
      assertThat(only("podman", "uidmap").namespaces().hostUser().value()).isFalse();
      assertThat(only("podman", "pid-host").namespaces().hostPid().value()).isTrue();
      assertThat(only("podman", "cgroupns-private").namespaces().hostCgroup().value()).isFalse();
      assertThat(container("podman", "no-pids-limit").resources().pidsLimit().isKnown()).isFalse();
    }

    @Test
    void podmanBindsAndVolumes() throws IOException {
      assertThat(container("podman", "bind-etc").mounts()).singleElement()
          .satisfies(m -> assertThat(m.hostPath()).isEqualTo("/etc"));
      assertThat(container("podman", "named-volume").mounts()).extracting(Mount::kind)
          .containsExactly(MountKind.VOLUME, MountKind.TMPFS);
    }
  }

  @Nested
  class Shapes {

    @Test
    void aSingleObjectIsReadLikeAnArrayOfOne() throws IOException {
      String array = text("docker", "privileged").strip();
      String object = array.substring(1, array.length() - 1);

      ReadResult r = readText("one.json", object);

      assertThat(r.errors()).isEmpty();
      assertThat(r.workloads()).singleElement().satisfies(w -> {
        assertThat(w.ref().name()).isEqualTo("privileged");
        assertThat(w.containers().get(0).isolation().privileged().source().pointer()).isEqualTo("/HostConfig/Privileged");
      });
    }

    @Test
    void severalContainersInOneArrayAreSeveralWorkloads() throws IOException {
      String a = text("docker", "default").strip();
      String b = text("docker", "privileged").strip();
      String both = a.substring(0, a.length() - 1) + "," + b.substring(1);

      ReadResult r = readText("two.json", both);

      assertThat(r.errors()).isEmpty();
      assertThat(r.workloads()).extracting(w -> w.ref().name()).containsExactly("default", "privileged");
      assertThat(r.workloads().get(1).containers().get(0).isolation().privileged().source().pointer())
          .isEqualTo("/1/HostConfig/Privileged");
    }

    @Test
    void objectsWithoutHostConfigAreSkippedNotFlagged() {
      ReadResult r = readText("image.json", "[{\"Id\": \"sha256:0123\", \"RepoTags\": [\"local/busybox:test\"]}]");

      assertThat(r.errors()).isEmpty();
      assertThat(r.workloads()).isEmpty();
      assertThat(r.skippedKinds()).containsKey("(inspect output without HostConfig: not a container)");
    }
  }

  @Nested
  class BadInput {

    @Test
    void aWrongTypeIsOneErrorWithFileAndLineAndTheContainerIsNotJudged() throws IOException {
      String good = text("docker", "default");
      String bad = good.replace("\"Privileged\": false", "\"Privileged\": \"no\"");
      int line = lineOf(bad, "\"Privileged\": \"no\"", 1);

      ReadResult r = readText("bad.inspect.json", bad);

      assertThat(r.workloads()).isEmpty();
      assertThat(r.errors()).containsExactly(new InputError(
          Source.of("bad.inspect.json", line, "/0/HostConfig", "Privileged"),
          "[0].HostConfig.Privileged: expected a boolean (true or false), found the string \"no\""));
    }

    @Test
    void theOtherContainersOfTheArrayAreStillJudged() throws IOException {
      String a = text("docker", "default").strip().replace("\"Memory\": 0", "\"Memory\": \"lots\"");
      String b = text("docker", "privileged").strip();
      String both = a.substring(0, a.length() - 1) + "," + b.substring(1);

      ReadResult r = readText("two.json", both);

      assertThat(r.errors()).singleElement().extracting(InputError::message)
          .isEqualTo("[0].HostConfig.Memory: expected an integer, found the string \"lots\"");
      assertThat(r.workloads()).extracting(w -> w.ref().name()).containsExactly("privileged");
    }

    @Test
    void truncatedJsonIsOneErrorAtItsLastLineAndOtherFilesAreStillRead(@TempDir Path dir) throws IOException {
      String good = text("docker", "default");
      List<String> lines = good.lines().toList();
      Path truncated = dir.resolve("truncated.inspect.json");
      Files.writeString(truncated, String.join("\n", lines.subList(0, 60)) + "\n");
      Path other = dir.resolve("other.inspect.json");
      Files.writeString(other, text("docker", "privileged"));

      ReadResult r = new Inputs(InputOptions.DEFAULT).read(List.of(dir.toString()), InputStream.nullInputStream());

      assertThat(r.workloads()).extracting(w -> w.ref().name()).containsExactly("privileged");
      assertThat(r.errors()).singleElement().satisfies(e -> {
        assertThat(e.source().file()).isEqualTo(truncated.toString());
        assertThat(e.source().line()).isEqualTo(60);
        assertThat(e.message()).startsWith("invalid JSON: Unexpected end-of-input");
      });
    }

    @Test
    void somethingElseThanAnObjectIsAnError() {
      ReadResult r = readText("x.inspect.json", "[\"not a container\"]");

      assertThat(r.workloads()).isEmpty();
      assertThat(r.errors()).singleElement().extracting(InputError::message).isEqualTo(
          "[0]: expected docker/podman inspect output for a container (an object with HostConfig), found the string "
              + "\"not a container\"");
    }
  }

  @Test
  void inspectOutputIsDetectedByContentWhateverItsName(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("containers.json");
    Files.writeString(file, text("podman", "default"));

    ReadResult r = new Inputs(InputOptions.DEFAULT).read(List.of(file.toString()), InputStream.nullInputStream());

    assertThat(r.errors()).isEmpty();
    assertThat(r.workloads()).singleElement().extracting(Workload::platform).isEqualTo(Platform.PODMAN);
  }
}
