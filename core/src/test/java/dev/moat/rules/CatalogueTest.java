package dev.moat.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.moat.report.rules.RuleDocs;
import dev.moat.rule.Rule;
import dev.moat.rule.RuleMeta;
import dev.moat.standard.Standard;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The catalogue is complete, consistent, fixture-covered and documented. */
class CatalogueTest {

  /** The minimum catalogue of ../shared/reference/checks.md that Kubernetes can express. */
  static final List<String> REQUIRED = List.of(
      "privileged-container", "privilege-escalation-allowed", "capabilities-not-dropped",
      "dangerous-capability", "net-raw-capability", "seccomp-disabled", "seccomp-not-set",
      "apparmor-disabled", "selinux-disabled", "writable-root-filesystem", "unsafe-sysctl",
      "host-pid-namespace", "host-network-namespace", "host-ipc-namespace", "host-uts-namespace",
      "host-cgroup-namespace", "host-port", "host-path-mount", "sensitive-host-path",
      "container-runtime-socket", "host-devices", "proc-mount-unmasked", "missing-memory-limit",
      "missing-cpu-limit", "missing-pids-limit", "runs-as-root", "root-group", "host-user-namespace",
      "image-tag-mutable", "service-account-token-automount");

  /**
   * Rules no reader can produce a failing input for yet. Remove an entry as soon as its fail
   * fixture can be written (missing-pids-limit has inspect and OCI ones now).
   */
  static final Set<String> NO_FAILING_FORMAT_YET = Set.of();

  private static List<RuleMeta> everyRule() {
    List<RuleMeta> all = new ArrayList<>(Catalogue.metas());
    Set<String> seen = all.stream().map(RuleMeta::id).collect(Collectors.toSet());
    for (Standard s : Standard.values()) {
      for (Rule r : s.controls()) {
        if (seen.add(r.meta().id())) {
          all.add(r.meta());
        }
      }
    }
    return all;
  }

  @Test
  void idsAreUniqueAndKebabCase() {
    List<String> ids = Catalogue.metas().stream().map(RuleMeta::id).toList();
    assertThat(new HashSet<>(ids)).hasSameSizeAs(ids);
    assertThat(everyRule()).allSatisfy(m -> assertThat(m.id()).matches("[a-z0-9]+(-[a-z0-9]+)*"));
  }

  @Test
  void everyRequiredRuleExists() {
    assertThat(Catalogue.metas().stream().map(RuleMeta::id)).containsAll(REQUIRED);
  }

  @Test
  void everyRuleIsDescribed() {
    assertThat(everyRule()).allSatisfy(m -> {
      assertThat(m.summary()).as(m.id()).isNotBlank();
      assertThat(m.description()).as(m.id()).isNotBlank();
      assertThat(m.remediation()).as(m.id()).isNotBlank();
      assertThat(m.references()).as(m.id()).isNotEmpty();
    });
  }

  @Test
  void supersededRulesExist() {
    Set<String> ids = Catalogue.metas().stream().map(RuleMeta::id).collect(Collectors.toSet());
    assertThat(Catalogue.metas()).allSatisfy(m -> assertThat(ids).containsAll(m.supersedes()));
  }

  @Test
  void everyRuleHasPassAndFailFixtures() throws IOException {
    for (RuleMeta m : everyRule()) {
      Path dir = RuleFixturesTest.ROOT.resolve(m.id());
      assertThat(dir).as("fixture directory for " + m.id()).isDirectory();
      try (var files = Files.list(dir)) {
        List<String> names = files.map(p -> p.getFileName().toString()).toList();
        if (!NO_FAILING_FORMAT_YET.contains(m.id())) {
          assertThat(names).as(m.id() + " fixtures").anyMatch(n -> n.startsWith("fail-"));
        }
        assertThat(names).as(m.id() + " fixtures").anyMatch(n -> n.startsWith("pass-"));
      }
    }
  }

  @Test
  void rulesDocumentIsCurrent() throws IOException {
    StringWriter expected = new StringWriter();
    RuleDocs.markdown(Catalogue.metas(), "Moat rules", expected);
    Path doc = Path.of("../docs/rules.md");
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(doc, expected.toString());
    }
    assertThat(doc).as("docs/rules.md; regenerate with ./moat rules --format markdown > docs/rules.md "
        + "or -Dgolden.update=true").hasContent(expected.toString());
  }
}
