package dev.moat.input;

import static org.assertj.core.api.Assertions.assertThat;

import dev.moat.engine.RuleSet;
import dev.moat.model.Platform;
import dev.moat.model.Workload;
import dev.moat.result.Finding;
import dev.moat.result.Report;
import dev.moat.testing.Scan;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Checks the inspect and OCI readers against what the real engines print. The fixtures come from
 * scripts/engine-fixtures.sh: docker/&lt;case&gt;.inspect.json, docker/&lt;case&gt;.oci.json (runc's
 * config.json), podman/&lt;case&gt;.inspect.json and podman/&lt;case&gt;.oci.json, one container per case,
 * created with the flags the case is named for.
 *
 * <p>The directory is src/test/resources/engine (committed), or the one named by the environment
 * variable MOAT_ENGINE_FIXTURES (or -Dmoat.engine.fixtures): {@code scripts/engine-fixtures.sh
 * --check} regenerates the fixtures with the engines of the machine it runs on and points this test
 * at them, so CI checks the readers against the engine versions it has. That is why nothing here
 * depends on line numbers: each case states which rules its flags must and must not trigger, and
 * every finding must point at a line that names a key of its JSON pointer.
 *
 * <p>Rule fixtures copied from engine output (rules/&lt;id&gt;/fail-docker-&lt;case&gt;.inspect.json and
 * the like) must be byte-identical to the committed engine file, so none is written by hand; against
 * fresh output their expectations must still hold, line for line by the text of the line.
 */
class EngineFixturesTest {

  static final Path COMMITTED = Path.of("src/test/resources/engine");
  static final Path RULES = Path.of("src/test/resources/rules");
  private static final Pattern ENGINE_COPY =
      Pattern.compile("(?:fail|pass)-(docker|podman)-(.+\\.(?:inspect|oci)\\.json)");

  static Path fixtures() {
    String dir = System.getenv("MOAT_ENGINE_FIXTURES");
    if (dir == null || dir.isBlank()) {
      dir = System.getProperty("moat.engine.fixtures", "");
    }
    return dir.isBlank() ? COMMITTED : Path.of(dir);
  }

  static boolean fresh() {
    return !fixtures().toAbsolutePath().normalize().equals(COMMITTED.toAbsolutePath().normalize());
  }

  /** What a case's flags must and must not trigger, in both formats unless a suffix narrows it. */
  record Expect(Set<String> fires, Set<String> never) {}

  private static final Set<String> HOST_ACCESS = Set.of(
      "privileged-container", "dangerous-capability", "seccomp-disabled", "apparmor-disabled",
      "host-pid-namespace", "host-network-namespace", "host-ipc-namespace", "host-uts-namespace",
      "host-path-mount", "sensitive-host-path", "container-runtime-socket", "host-devices",
      "proc-mount-unmasked", "unsafe-sysctl");

  private static final Set<String> DEFAULTS_KEPT = Set.of(
      "capabilities-not-dropped", "privilege-escalation-allowed", "writable-root-filesystem",
      "missing-memory-limit", "missing-cpu-limit", "runs-as-root");

  private static final Set<String> HARDENED = Set.of(
      "capabilities-not-dropped", "net-raw-capability", "privilege-escalation-allowed",
      "writable-root-filesystem", "missing-memory-limit", "missing-cpu-limit", "missing-pids-limit",
      "runs-as-root", "root-group", "host-cgroup-namespace", "dangerous-capability", "seccomp-disabled");

  /**
   * Keys: "engine/case" for both formats, "engine/case.inspect.json" or "engine/case.oci.json" for
   * one. Podman 4.3's inspect output does not show --ipc host, --sysctl, unmask=ALL or --userns
   * host (the config.json does), so those are expected of its config only. AppArmor and SELinux
   * leave no trace in a config.json on hosts without them, so those are expected of inspect only.
   */
  static final Map<String, Expect> EXPECTATIONS = new TreeMap<>(Map.ofEntries(
      e("docker/default", union(DEFAULTS_KEPT, Set.of("net-raw-capability", "missing-pids-limit")), HOST_ACCESS),
      e("docker/default.inspect.json", Set.of("image-tag-mutable"), Set.of("root-group", "host-user-namespace")),
      e("podman/default", DEFAULTS_KEPT, union(HOST_ACCESS, Set.of("net-raw-capability", "missing-pids-limit"))),
      e("podman/default.inspect.json", Set.of("image-tag-mutable"), Set.of("root-group", "host-user-namespace")),
      e("docker/privileged.inspect.json", Set.of("privileged-container", "runs-as-root:HIGH"), Set.of("dangerous-capability")),
      e("podman/privileged", Set.of("privileged-container", "runs-as-root:HIGH"), Set.of("dangerous-capability", "host-devices")),
      e("podman/privileged.oci.json", Set.of("seccomp-disabled", "proc-mount-unmasked"), Set.of()),
      e("docker/cap-add-sys-admin", Set.of("dangerous-capability:CRITICAL", "runs-as-root:HIGH"), Set.of()),
      e("podman/cap-add-sys-admin", Set.of("dangerous-capability:CRITICAL", "runs-as-root:HIGH"), Set.of()),
      e("docker/cap-add-net-admin", Set.of("dangerous-capability:HIGH"), Set.of()),
      e("podman/cap-add-net-raw", Set.of("net-raw-capability"), Set.of("dangerous-capability")),
      e("docker/cap-drop-all", Set.of(), Set.of("capabilities-not-dropped", "net-raw-capability", "privilege-escalation-allowed")),
      e("podman/cap-drop-all", Set.of(), Set.of("capabilities-not-dropped", "net-raw-capability", "privilege-escalation-allowed")),
      e("docker/cap-drop-net-raw", Set.of("capabilities-not-dropped"), Set.of("net-raw-capability")),
      e("docker/seccomp-unconfined", Set.of("seccomp-disabled"), Set.of()),
      e("podman/seccomp-unconfined", Set.of("seccomp-disabled"), Set.of()),
      e("docker/apparmor-unconfined.inspect.json", Set.of("apparmor-disabled"), Set.of()),
      e("podman/apparmor-unconfined.inspect.json", Set.of("apparmor-disabled"), Set.of()),
      e("docker/label-disable.inspect.json", Set.of("selinux-disabled"), Set.of()),
      e("podman/label-disable.inspect.json", Set.of("selinux-disabled"), Set.of()),
      e("docker/label-spc.inspect.json", Set.of("selinux-disabled"), Set.of()),
      e("podman/label-spc.inspect.json", Set.of("selinux-disabled"), Set.of()),
      e("docker/systempaths-unconfined", Set.of("proc-mount-unmasked"), Set.of()),
      e("podman/unmask-all.oci.json", Set.of("proc-mount-unmasked"), Set.of()),
      e("docker/pid-host", Set.of("host-pid-namespace"), Set.of()),
      e("podman/pid-host", Set.of("host-pid-namespace"), Set.of()),
      e("docker/network-host", Set.of("host-network-namespace"), Set.of()),
      e("podman/network-host", Set.of("host-network-namespace"), Set.of()),
      e("docker/ipc-host", Set.of("host-ipc-namespace"), Set.of("host-path-mount", "host-devices", "sensitive-host-path")),
      e("podman/ipc-host.oci.json", Set.of("host-ipc-namespace"), Set.of("host-path-mount", "host-devices", "sensitive-host-path")),
      e("docker/uts-host", Set.of("host-uts-namespace"), Set.of()),
      e("podman/uts-host", Set.of("host-uts-namespace"), Set.of()),
      e("docker/userns-host", Set.of("host-user-namespace"), Set.of()),
      e("podman/userns-host.oci.json", Set.of("host-user-namespace"), Set.of()),
      e("podman/uidmap", Set.of("runs-as-root:LOW"), Set.of("host-user-namespace")),
      e("docker/cgroupns-host", Set.of("host-cgroup-namespace"), Set.of()),
      e("docker/cgroupns-private", Set.of(), Set.of("host-cgroup-namespace")),
      e("podman/cgroupns-private", Set.of(), Set.of("host-cgroup-namespace")),
      e("docker/docker-sock", Set.of("container-runtime-socket:CRITICAL"), Set.of("host-path-mount", "sensitive-host-path")),
      e("podman/docker-sock", Set.of("container-runtime-socket:CRITICAL"), Set.of("host-path-mount", "sensitive-host-path")),
      e("docker/bind-etc", Set.of("sensitive-host-path:CRITICAL"), Set.of("host-path-mount")),
      e("podman/bind-etc", Set.of("sensitive-host-path:CRITICAL"), Set.of("host-path-mount")),
      e("docker/mount-etc-ro", Set.of("sensitive-host-path:HIGH"), Set.of()),
      e("docker/bind-data", Set.of("host-path-mount"), Set.of("sensitive-host-path", "container-runtime-socket")),
      e("docker/named-volume", Set.of(), Set.of("host-path-mount", "sensitive-host-path")),
      e("podman/named-volume", Set.of(), Set.of("host-path-mount", "sensitive-host-path")),
      e("docker/device", Set.of("host-devices"), Set.of()),
      e("podman/device", Set.of("host-devices"), Set.of()),
      e("docker/read-only", Set.of(), Set.of("writable-root-filesystem")),
      e("podman/read-only", Set.of(), Set.of("writable-root-filesystem", "host-path-mount")),
      e("docker/user", Set.of("capabilities-not-dropped"), Set.of("runs-as-root", "root-group")),
      e("podman/user", Set.of("capabilities-not-dropped"), Set.of("runs-as-root", "root-group")),
      e("docker/root-group", Set.of("root-group"), Set.of("runs-as-root")),
      e("podman/root-group", Set.of("root-group"), Set.of("runs-as-root")),
      e("docker/limits", Set.of(), Set.of("missing-memory-limit", "missing-cpu-limit", "missing-pids-limit")),
      e("podman/limits", Set.of(), Set.of("missing-memory-limit", "missing-cpu-limit", "missing-pids-limit")),
      e("docker/cpu-quota", Set.of("missing-memory-limit", "missing-pids-limit"), Set.of("missing-cpu-limit")),
      e("podman/no-pids-limit", Set.of("missing-pids-limit"), Set.of()),
      e("docker/sysctl", Set.of("unsafe-sysctl"), Set.of()),
      e("podman/sysctl.oci.json", Set.of("unsafe-sysctl"), Set.of()),
      e("docker/hardened", Set.of(), union(HARDENED, HOST_ACCESS)),
      e("podman/hardened", Set.of(), union(HARDENED, HOST_ACCESS))));

  private static Map.Entry<String, Expect> e(String key, Set<String> fires, Set<String> never) {
    return Map.entry(key, new Expect(fires, never));
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> u = new TreeSet<>(a);
    u.addAll(b);
    return u;
  }

  static List<Path> engineFiles() {
    List<Path> out = new ArrayList<>();
    for (String engine : List.of("docker", "podman")) {
      Path dir = fixtures().resolve(engine);
      if (!Files.isDirectory(dir)) {
        continue;
      }
      try (Stream<Path> files = Files.list(dir)) {
        files.filter(p -> p.toString().endsWith(".json")).sorted().forEach(out::add);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return out;
  }

  private static String caseName(Path file) {
    String n = file.getFileName().toString();
    return n.substring(0, n.indexOf('.'));
  }

  private static String engine(Path file) {
    return file.getParent().getFileName().toString();
  }

  @TestFactory
  Stream<DynamicTest> everyEngineFixtureReadsIntoOneContainer() {
    List<Path> files = engineFiles();
    assertThat(files).as("engine fixtures in " + fixtures()).isNotEmpty();
    return files.stream().map(file -> DynamicTest.dynamicTest(engine(file) + "/" + file.getFileName(), () -> {
      ReadResult r = Scan.read(file);
      assertThat(r.errors()).as("input errors").isEmpty();
      assertThat(r.workloads()).hasSize(1);
      Workload w = r.workloads().get(0);
      boolean oci = file.toString().endsWith(".oci.json");
      Platform expected = oci ? Platform.OCI : "podman".equals(engine(file)) ? Platform.PODMAN : Platform.DOCKER;
      assertThat(w.platform()).isEqualTo(expected);
      assertThat(w.ref().kind()).isEqualTo(oci ? "oci bundle" : "container");
      assertThat(w.ref().name()).isEqualTo(caseName(file));
      assertThat(w.containers()).singleElement().satisfies(c -> assertThat(c.name()).isEqualTo(caseName(file)));
    }));
  }

  /** Every case that has expectations was generated (a case dropped from the script is noticed). */
  @TestFactory
  Stream<DynamicTest> everyExpectedCaseExists() {
    return EXPECTATIONS.keySet().stream().map(key -> DynamicTest.dynamicTest(key, () -> {
      String stem = key.endsWith(".json") ? key : key + ".inspect.json";
      assertThat(fixtures().resolve(stem)).exists();
    }));
  }

  @TestFactory
  Stream<DynamicTest> findingsFollowTheFlags() {
    return engineFiles().stream().map(file -> DynamicTest.dynamicTest(engine(file) + "/" + file.getFileName(), () -> {
      Report report = Scan.report(Scan.read(file), RuleSet.catalogue());
      List<String> lines = Files.readAllLines(file);
      Set<String> fired = new TreeSet<>();
      for (Finding f : report.findings()) {
        fired.add(f.ruleId());
        fired.add(f.ruleId() + ":" + f.severity());
        assertThat(pointsAtItsKey(f, lines))
            .as("%s at line %d (%s) should name a key of %s", f.ruleId(), f.location().line(),
                line(lines, f.location().line()), f.location().pointer())
            .isTrue();
      }
      String key = engine(file) + "/" + caseName(file);
      String suffix = file.getFileName().toString().substring(caseName(file).length());
      for (String k : List.of(key, key + suffix)) {
        Expect e = EXPECTATIONS.get(k);
        if (e == null) {
          continue;
        }
        if (!e.fires().isEmpty()) {
          assertThat(fired).as("rules fired for " + file.getFileName()).containsAll(e.fires());
        }
        if (!e.never().isEmpty()) {
          assertThat(fired).as("rules fired for " + file.getFileName()).doesNotContainAnyElementsOf(e.never());
        }
      }
    }));
  }

  /**
   * The finding's line names one of the keys on its JSON pointer (a setting that is not written
   * points at the key of the object it would be written in), or is a bare list item.
   */
  static boolean pointsAtItsKey(Finding f, List<String> lines) {
    String text = line(lines, f.location().line());
    String[] tokens = f.location().pointer().split("/");
    String last = tokens.length == 0 ? "" : tokens[tokens.length - 1];
    if (last.isEmpty() || last.chars().allMatch(Character::isDigit)) {
      return !text.contains("\":"); // the list item itself, or the object's opening line
    }
    for (String t : tokens) {
      String token = t.replace("~1", "/").replace("~0", "~");
      if (!token.isEmpty() && text.contains("\"" + token + "\"")) {
        return true;
      }
    }
    return false;
  }

  private static String line(List<String> lines, int n) {
    return n >= 1 && n <= lines.size() ? lines.get(n - 1).trim() : "";
  }

  /**
   * Rule fixtures in the inspect and OCI formats are copies of engine output, named for the file
   * they copy: fail-docker-privileged.inspect.json is docker/privileged.inspect.json.
   */
  @TestFactory
  Stream<DynamicTest> ruleFixturesAreEngineOutput() throws IOException {
    List<Path> copies;
    try (Stream<Path> all = Files.walk(RULES)) {
      copies = all.filter(p -> {
        String n = p.getFileName().toString();
        return n.endsWith(".inspect.json") || n.endsWith(".oci.json");
      }).sorted().collect(Collectors.toList());
    }
    return copies.stream().map(copy -> DynamicTest.dynamicTest(RULES.relativize(copy).toString(), () -> {
      Matcher m = ENGINE_COPY.matcher(copy.getFileName().toString());
      assertThat(m.matches()).as("inspect and OCI rule fixtures are named (fail|pass)-(docker|podman)-<case>.<ext> "
          + "after the engine output they copy").isTrue();
      Path committed = COMMITTED.resolve(m.group(1)).resolve(m.group(2));
      assertThat(copy).as("a copy of " + committed + " (scripts/engine-fixtures.sh refreshes it)")
          .hasSameBinaryContentAs(committed);
      if (fresh()) {
        sameFindingsOnFreshOutput(copy, fixtures().resolve(m.group(1)).resolve(m.group(2)));
      }
    }));
  }

  /** The rule under test finds the same things on fresh engine output, compared by line text. */
  private static void sameFindingsOnFreshOutput(Path copy, Path freshFile) throws IOException {
    assertThat(freshFile).as("fresh engine output for " + copy.getFileName()).exists();
    String ruleId = copy.getParent().getFileName().toString();
    RuleSet rules = RuleSet.select(null, List.of(ruleId), List.of());
    List<String> expected = new ArrayList<>();
    List<String> committedLines = Files.readAllLines(copy);
    Path sidecar = copy.resolveSibling(copy.getFileName() + ".expect");
    if (Files.exists(sidecar)) {
      for (String l : Files.readAllLines(sidecar)) {
        String[] parts = l.trim().split("\\s+");
        if (!l.startsWith("#") && parts.length >= 2 && parts[1].equals(ruleId)) {
          expected.add(line(committedLines, Integer.parseInt(parts[0])) + " " + (parts.length > 2 ? parts[2] : ""));
        }
      }
    }
    List<String> freshLines = Files.readAllLines(freshFile);
    List<String> actual = new ArrayList<>();
    for (Finding f : Scan.report(Scan.read(freshFile), rules).findings()) {
      actual.add(line(freshLines, f.location().line()) + " " + f.severity());
    }
    expected.replaceAll(s -> s.endsWith(" ") ? s + rules.metas().get(0).severity() : s);
    assertThat(actual).as("findings of " + ruleId + " on fresh " + freshFile + ", by line text")
        .containsExactlyInAnyOrderElementsOf(expected);
  }
}
