package dev.moat.input.oci;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.moat.engine.RuleSet;
import dev.moat.input.ReadResult;
import dev.moat.input.tree.JsonLoader;
import dev.moat.input.tree.Limits;
import dev.moat.model.Capabilities;
import dev.moat.model.Container;
import dev.moat.model.InputError;
import dev.moat.model.Isolation;
import dev.moat.model.Mount;
import dev.moat.model.MountKind;
import dev.moat.model.Namespaces;
import dev.moat.model.Origin;
import dev.moat.model.Platform;
import dev.moat.model.ProfileKind;
import dev.moat.model.Source;
import dev.moat.model.Sysctl;
import dev.moat.model.Workload;
import dev.moat.result.Finding;
import dev.moat.result.Report;
import dev.moat.testing.Scan;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The OCI reader on the config.json files dockerd (runc) and podman wrote for real containers
 * (src/test/resources/engine, written by scripts/engine-fixtures.sh). Lines are looked up by the
 * text of the key, never written as numbers.
 */
class OciReaderTest {

  static final Path ENGINE = Path.of("src/test/resources/engine");

  static String text(String engine, String name) throws IOException {
    return Files.readString(ENGINE.resolve(engine).resolve(name + ".oci.json"));
  }

  static ReadResult readText(String file, String json) {
    ReadResult out = new ReadResult();
    OciReader.read(file, new JsonLoader(Limits.DEFAULT).load(json), out);
    return out;
  }

  static Workload only(String engine, String name) throws IOException {
    ReadResult r = readText(name + ".oci.json", text(engine, name));
    assertThat(r.errors()).isEmpty();
    assertThat(r.workloads()).hasSize(1);
    return r.workloads().get(0);
  }

  static Container container(String engine, String name) throws IOException {
    return only(engine, name).containers().get(0);
  }

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
    void whatIsMissingFromTheConfigIsTheHostsOrNothing() throws IOException {
      Workload w = only("docker", "default");
      Container c = w.containers().get(0);
      Isolation i = c.isolation();
      Namespaces ns = w.namespaces();
      int namespaces = lineOf("docker", "default", "\"namespaces\"");

      assertThat(w.platform()).isEqualTo(Platform.OCI);
      assertThat(w.ref().kind()).isEqualTo("oci bundle");
      assertThat(w.ref().name()).isEqualTo("default");
      assertThat(ns.hostPid().value()).isFalse();
      assertThat(ns.hostNetwork().value()).isFalse();
      assertThat(ns.hostIpc().value()).isFalse();
      assertThat(ns.hostUts().value()).isFalse();
      assertThat(ns.hostCgroup().value()).as("no cgroup entry (cgroup v1)").isTrue();
      assertThat(ns.hostCgroup().origin()).isEqualTo(Origin.DEFAULT);
      assertThat(ns.hostCgroup().source().line()).isEqualTo(namespaces);
      assertThat(ns.hostUser().value()).as("no user entry, no uidMappings").isTrue();
      assertThat(i.allowPrivilegeEscalation().value()).isTrue();
      assertThat(i.allowPrivilegeEscalation().source().line()).isEqualTo(lineOf("docker", "default", "\"process\""));
      assertThat(i.seccomp().value().kind()).isEqualTo(ProfileKind.LOCALHOST);
      assertThat(i.seccomp().value().raw()).startsWith("linux.seccomp, default action SCMP_ACT_ERRNO");
      assertThat(i.seccomp().source().line()).isEqualTo(lineOf("docker", "default", "\"seccomp\": {"));
      assertThat(i.appArmor().isKnown()).as("no AppArmor on the machine that wrote it").isFalse();
      assertThat(i.readOnlyRootFilesystem().value()).isFalse();
      assertThat(i.readOnlyRootFilesystem().source().line()).isEqualTo(lineOf("docker", "default", "\"root\": {"));
      assertThat(i.identity().runAsUser().value()).isZero();
      assertThat(i.identity().runAsUser().source().line()).isEqualTo(lineOf("docker", "default", "\"uid\""));
      assertThat(i.identity().runAsGroup().value()).isZero();
      assertThat(i.procMount().value()).isEqualTo("Default");
      assertThat(c.resources().memoryLimit().isKnown()).isFalse();
      assertThat(c.resources().pidsLimit().source().line()).isEqualTo(lineOf("docker", "default", "\"resources\""));
      assertThat(c.devices()).isEmpty();
      assertThat(c.mounts()).as("/etc/hosts, hostname and resolv.conf are the engine's").noneMatch(Mount::isHostPath);
      assertThat(w.isolation().sysctls()).extracting(Sysctl::name)
          .containsExactlyInAnyOrder("net.ipv4.ip_unprivileged_port_start", "net.ipv4.ping_group_range");
    }

    @Test
    void capabilitiesAreTheUnionOfTheSetsEachAtItsFirstEntry() throws IOException {
      Capabilities root = container("docker", "default").isolation().capabilities();
      Capabilities user = container("docker", "user").isolation().capabilities();
      Capabilities none = container("docker", "cap-drop-all").isolation().capabilities();
      String text = text("docker", "default");

      assertThat(root.isReported()).isTrue();
      assertThat(root.effective()).hasSize(14).contains("NET_RAW");
      assertThat(root.where().line()).isEqualTo(lineOf("docker", "default", "\"capabilities\""));
      assertThat(root.reportedEntry("NET_RAW")).get().extracting(s -> s.source().line())
          .isEqualTo(lineOf(text, "\"CAP_NET_RAW\"", lineOf(text, "\"effective\"", 1)));
      assertThat(user.effective()).as("a non-root process: bounding only").hasSize(14);
      assertThat(user.reportedEntry("NET_RAW")).get().extracting(s -> s.source().pointer())
          .isEqualTo("/process/capabilities/bounding/5");
      assertThat(none.effective()).isEmpty();
    }

    @Test
    void aNamespacePathNamesTheNamespaceJoined() throws IOException {
      Namespaces host = only("docker", "network-host").namespaces();
      Namespaces podman = only("podman", "default").namespaces();

      assertThat(host.hostNetwork().value()).as("Docker's netns/default is the host's").isTrue();
      assertThat(host.hostNetwork().source().line())
          .isEqualTo(lineOf("docker", "network-host", "/netns/default\""));
      assertThat(podman.hostNetwork().value()).as("a Podman network namespace of its own").isFalse();
      assertThat(only("docker", "pid-host").namespaces().hostPid().value()).isTrue();
      assertThat(only("docker", "cgroupns-private").namespaces().hostCgroup().value()).isFalse();
    }

    @Test
    void bindMountsOfTheUserAreHostPathsNamedVolumesAreNot() throws IOException {
      Mount etc = container("docker", "bind-etc").mounts().stream().filter(Mount::isHostPath).findFirst().orElseThrow();
      Mount etcRo = container("docker", "mount-etc-ro").mounts().stream().filter(Mount::isHostPath).findFirst().orElseThrow();
      List<Mount> named = container("docker", "named-volume").mounts();

      assertThat(etc.hostPath()).isEqualTo("/etc");
      assertThat(etc.isWritable()).isTrue();
      assertThat(etc.hostPathSource().line()).isEqualTo(lineOf("docker", "bind-etc", "\"source\": \"/etc\""));
      assertThat(etcRo.isWritable()).isFalse();
      assertThat(named).filteredOn(m -> m.kind() == MountKind.VOLUME).singleElement()
          .satisfies(m -> assertThat(m.volumeName()).isEqualTo("moat-data"));
      assertThat(named).noneMatch(Mount::isHostPath);
      assertThat(container("docker", "ipc-host").mounts()).as("the host's /dev/shm of --ipc host").noneMatch(Mount::isHostPath);
    }

    @Test
    void limitsDevicesSysctlsAndTheRest() throws IOException {
      Container hardened = container("docker", "hardened");
      Isolation i = hardened.isolation();

      assertThat(hardened.resources().memoryLimit().value()).isEqualTo("67108864");
      assertThat(hardened.resources().cpuLimit().value()).isEqualTo("0.5");
      assertThat(hardened.resources().pidsLimit().value()).isEqualTo(100L);
      assertThat(i.allowPrivilegeEscalation().value()).isFalse();
      assertThat(i.readOnlyRootFilesystem().value()).isTrue();
      assertThat(i.identity().runAsUser().value()).isEqualTo(1000L);
      assertThat(container("docker", "device").devices()).singleElement().satisfies(d -> {
        assertThat(d.hostPath()).isEqualTo("/dev/fuse");
        assertThat(d.permissions()).isEqualTo("c 10:229");
      });
      assertThat(only("docker", "sysctl").isolation().sysctls()).extracting(Sysctl::name).contains("net.ipv4.ip_forward");
      assertThat(container("docker", "seccomp-unconfined").isolation().seccomp()).satisfies(s -> {
        assertThat(s.value().kind()).isEqualTo(ProfileKind.UNCONFINED);
        assertThat(s.source().pointer()).isEqualTo("/linux/seccomp");
      });
      assertThat(container("docker", "systempaths-unconfined").isolation().procMount().value()).isEqualTo("Unmasked");
    }
  }

  @Nested
  class Podman {

    @Test
    void podmansConfigOfAPrivilegedContainer() throws IOException {
      Container c = container("podman", "privileged");

      assertThat(c.isolation().privileged().value()).isTrue();
      assertThat(c.isolation().privileged().origin()).isEqualTo(Origin.ANNOTATION);
      assertThat(c.isolation().capabilities().effective()).contains("SYS_ADMIN", "SYS_MODULE");
      assertThat(c.isolation().seccomp().value().isUnconfined()).isTrue();
      assertThat(c.isolation().procMount().value()).isEqualTo("Unmasked");
      assertThat(c.devices()).isNotEmpty().noneMatch(d -> OciConfig.DEFAULT_DEVICES.contains(d.hostPath()));
    }

    @Test
    void theFilesPodmanBindsForItselfAreNotHostPaths() throws IOException {
      assertThat(container("podman", "default").mounts()).noneMatch(Mount::isHostPath);
      assertThat(container("podman", "hardened").mounts()).as("/etc/passwd and /etc/group for --user")
          .noneMatch(Mount::isHostPath);
      assertThat(container("podman", "docker-sock").mounts()).filteredOn(Mount::isHostPath).singleElement()
          .satisfies(m -> assertThat(m.containerPath()).isEqualTo("/var/run/docker.sock"));
    }

    @Test
    void aUserNamespaceWithUidMappings() throws IOException {
      Namespaces ns = only("podman", "uidmap").namespaces();

      assertThat(ns.hostUser().value()).isFalse();
      assertThat(ns.hostUser().source().line()).isEqualTo(lineOf("podman", "uidmap", "\"type\": \"user\""));
      assertThat(only("podman", "no-pids-limit").containers().get(0).resources().pidsLimit().isKnown()).isFalse();
      assertThat(only("podman", "unmask-all").containers().get(0).isolation().procMount().value()).isEqualTo("Unmasked");
    }
  }

  @Nested
  class Names {

    @Test
    void theBundleDirectoryOrTheFileNamesTheBundle() {
      assertThat(OciReader.bundleName("/run/containerd/io.containerd.runtime.v2.task/moby/abc/config.json")).isEqualTo("abc");
      assertThat(OciReader.bundleName("bundles/web/config.json")).isEqualTo("web");
      assertThat(OciReader.bundleName("config.json")).isNull();
      assertThat(OciReader.bundleName("web.oci.json")).isEqualTo("web");
      assertThat(OciReader.bundleName("-")).isNull();
    }

    @Test
    void aConfigJsonInABundleDirectoryIsNamedForTheDirectory(@TempDir Path dir) throws IOException {
      Path bundle = Files.createDirectories(dir.resolve("web"));
      Files.writeString(bundle.resolve("config.json"), text("docker", "default"));

      ReadResult r = Scan.read(dir);

      assertThat(r.errors()).isEmpty();
      assertThat(r.workloads()).singleElement().satisfies(w -> assertThat(w.ref().name()).isEqualTo("web"));
    }
  }

  /** runc's own config.json is one line: every finding is on line 1, told apart by its pointer. */
  @Test
  void aCompactConfigAsRuncKeepsItIsJudgedByPointer(@TempDir Path dir) throws IOException {
    ObjectMapper json = new ObjectMapper();
    Path compact = dir.resolve("config.json");
    Files.writeString(compact, json.writeValueAsString(json.readTree(text("docker", "pid-host"))));

    Report report = Scan.report(Scan.read(compact), RuleSet.catalogue());

    assertThat(report.findings()).extracting(f -> f.location().line()).containsOnly(1);
    assertThat(report.findings()).filteredOn(f -> f.ruleId().equals("host-pid-namespace")).singleElement()
        .extracting(Finding::location).extracting(Source::pointer).isEqualTo("/linux/namespaces");
  }

  @Nested
  class BadInput {

    @Test
    void aWrongTypeIsOneErrorWithFileAndLine() throws IOException {
      String bad = text("docker", "cap-drop-all").replace("\"noNewPrivileges\": true", "\"noNewPrivileges\": \"yes\"");
      int line = lineOf(bad, "\"noNewPrivileges\"", 1);

      ReadResult r = readText("config.json", bad);

      assertThat(r.workloads()).isEmpty();
      assertThat(r.errors()).containsExactly(new InputError(Source.of("config.json", line, "/process", "noNewPrivileges"),
          "process.noNewPrivileges: expected a boolean (true or false), found the string \"yes\""));
    }

    @Test
    void truncatedJsonIsOneErrorAtItsLastLine() throws IOException {
      List<String> lines = text("docker", "default").lines().toList();

      ReadResult r = readText("config.json", String.join("\n", lines.subList(0, 100)) + "\n");

      assertThat(r.workloads()).isEmpty();
      assertThat(r.errors()).singleElement().satisfies(e -> {
        assertThat(e.source()).isEqualTo(new Source("config.json", 100, ""));
        assertThat(e.message()).startsWith("invalid JSON: Unexpected end-of-input");
      });
    }

    @Test
    void anArrayIsNotAConfig() {
      ReadResult r = readText("config.json", "[1, 2]");

      assertThat(r.errors()).singleElement().extracting(InputError::message)
          .isEqualTo("expected an OCI runtime config (a JSON object with ociVersion), found a list");
    }
  }
}
