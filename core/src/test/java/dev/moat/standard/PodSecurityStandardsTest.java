package dev.moat.standard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.moat.rule.Rule;
import dev.moat.rule.RuleMeta;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * How the two levels are composed, as Pod Security Admission composes them at policy version
 * 1.37: the Moat control id of every PSA check, restricted = baseline minus the four checks that
 * restricted checks override, plus the seven restricted checks. Every control has rule fixtures.
 */
class PodSecurityStandardsTest {

  /** Moat control id to PSA check id, baseline. */
  static final Map<String, String> BASELINE = ordered(
      "pss-apparmor", "appArmorProfile",
      "pss-capabilities", "capabilities_baseline",
      "pss-host-namespaces", "hostNamespaces",
      "pss-host-path-volumes", "hostPathVolumes",
      "pss-host-ports", "hostPorts",
      "pss-host-probes", "hostProbesAndHostLifecycle",
      "pss-privileged", "privileged",
      "pss-proc-mount", "procMount",
      "pss-selinux", "seLinuxOptions",
      "pss-seccomp", "seccompProfile_baseline",
      "pss-sysctls", "sysctls",
      "pss-host-process", "windowsHostProcess");

  /** Moat control id to PSA check id, restricted-only checks. */
  static final Map<String, String> RESTRICTED_ONLY = ordered(
      "pss-volume-types", "restrictedVolumes",
      "pss-privilege-escalation", "allowPrivilegeEscalation",
      "pss-capabilities-restricted", "capabilities_restricted",
      "pss-running-as-non-root", "runAsNonRoot",
      "pss-running-as-non-root-user", "runAsUser",
      "pss-seccomp-restricted", "seccompProfile_restricted",
      "pss-proc-mount-restricted", "procMount_restricted");

  /** Baseline controls that a restricted check overrides (OverrideCheckIDs). */
  static final List<String> OVERRIDDEN =
      List.of("pss-capabilities", "pss-host-path-volumes", "pss-proc-mount", "pss-seccomp");

  @Test
  void baselineRunsTheTwelveBaselineChecks() {
    assertThat(checkIds(Standard.PSS_BASELINE)).containsExactlyInAnyOrderEntriesOf(BASELINE);
  }

  @Test
  void restrictedIsBaselineMinusOverriddenPlusRestricted() {
    Map<String, String> expected = new LinkedHashMap<>(BASELINE);
    OVERRIDDEN.forEach(expected::remove);
    expected.putAll(RESTRICTED_ONLY);
    assertThat(expected).hasSize(15);
    assertThat(checkIds(Standard.PSS_RESTRICTED)).containsExactlyInAnyOrderEntriesOf(expected);
  }

  @Test
  void controlsNameTheirLevelAndCheck() {
    for (Standard s : Standard.values()) {
      for (Rule r : s.controls()) {
        RuleMeta m = r.meta();
        String level = BASELINE.containsKey(m.id()) ? "baseline" : "restricted";
        assertThat(m.control()).as(m.id()).startsWith("PSS " + level + ": ").endsWith("(" + m.aliases().get(0) + ")");
        assertThat(m.description()).as(m.id()).contains(m.aliases().get(0));
      }
    }
    assertThat(Standard.PSS_BASELINE.title()).contains("v1.37");
    assertThat(Standard.PSS_RESTRICTED.title()).contains("v1.37");
  }

  @Test
  void everyControlHasPassAndFailFixtures() throws IOException {
    Path root = Path.of("src/test/resources/rules");
    for (String id : List.copyOf(allIds())) {
      Path dir = root.resolve(id);
      assertThat(dir).as("fixture directory for " + id).isDirectory();
      try (Stream<Path> files = Files.list(dir)) {
        List<String> names = files.map(p -> p.getFileName().toString()).toList();
        assertThat(names).as("pass fixtures of " + id).anyMatch(n -> n.startsWith("pass-"));
        assertThat(names).as("fail fixtures of " + id).anyMatch(n -> n.startsWith("fail-"));
      }
    }
  }

  private static List<String> allIds() {
    Map<String, String> all = new LinkedHashMap<>(BASELINE);
    all.putAll(RESTRICTED_ONLY);
    return List.copyOf(all.keySet());
  }

  private static Map<String, String> checkIds(Standard s) {
    Map<String, String> out = new LinkedHashMap<>();
    for (Rule r : s.controls()) {
      RuleMeta m = r.meta();
      assertThat(m.aliases()).as(m.id() + " names its PSA check").hasSize(1);
      assertThat(out.put(m.id(), m.aliases().get(0))).as("duplicate control " + m.id()).isNull();
    }
    return out;
  }

  private static Map<String, String> ordered(String... pairs) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      m.put(pairs[i], pairs[i + 1]);
    }
    return m;
  }
}
