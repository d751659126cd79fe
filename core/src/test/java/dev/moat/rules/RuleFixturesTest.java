package dev.moat.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.moat.engine.RuleSet;
import dev.moat.input.ReadResult;
import dev.moat.result.Finding;
import dev.moat.result.Report;
import dev.moat.standard.Standard;
import dev.moat.testing.Scan;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every rule fixture: rules/&lt;rule-id&gt;/fail-*.* must produce exactly the findings marked
 * with "# expect: &lt;rule-id&gt; [SEVERITY]" on their offending lines, and pass-*.* must produce
 * none for that rule. Only the rule under test runs, so fixtures do not depend on each other.
 * The suffix picks the reader (.k8s.yaml, .compose.yaml, .run.sh, .service, .inspect.json,
 * .oci.json, .dockerfile). A format without comments (JSON) lists its expectations in a sidecar
 * file, &lt;fixture&gt;.expect, one "&lt;line&gt; &lt;rule-id&gt; [SEVERITY]" per line. Other files in a
 * fixture directory (.env, a Dockerfile a Compose fixture builds) are inputs, not fixtures.
 */
class RuleFixturesTest {

  static final Path ROOT = Path.of("src/test/resources/rules");
  private static final Pattern EXPECT = Pattern.compile("#\\s*expect:\\s*([a-z0-9-]+)(?:\\s+(LOW|MEDIUM|HIGH|CRITICAL))?");

  @TestFactory
  Stream<DynamicTest> fixtures() throws IOException {
    return ruleDirectories().flatMap(dir -> files(dir).map(file -> DynamicTest.dynamicTest(
        dir.getFileName() + "/" + file.getFileName(), file.toUri(), () -> check(dir.getFileName().toString(), file))));
  }

  static Stream<Path> ruleDirectories() throws IOException {
    return Files.list(ROOT).filter(Files::isDirectory).sorted();
  }

  static Stream<Path> files(Path dir) {
    try {
      return Files.list(dir).filter(Files::isRegularFile).filter(RuleFixturesTest::isFixture).sorted();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static boolean isFixture(Path file) {
    String name = file.getFileName().toString();
    return (name.startsWith("pass-") || name.startsWith("fail-")) && !name.endsWith(".expect");
  }

  private static void check(String ruleId, Path file) throws IOException {
    RuleSet rules = ruleSetFor(ruleId);
    ReadResult input = Scan.read(file);
    assertThat(input.errors()).as("input errors in fixture").isEmpty();
    assertThat(input.workloads().size() + input.dockerfiles().size()).as("workloads or Dockerfiles in fixture")
        .isPositive();
    Report report = Scan.report(input, rules);
    TreeSet<String> actual = new TreeSet<>();
    for (Finding f : report.findings()) {
      actual.add(f.location().line() + " " + f.ruleId() + " " + f.severity());
    }
    TreeSet<String> expected = expectations(file, ruleId, rules);
    String name = file.getFileName().toString();
    if (name.startsWith("pass-")) {
      assertThat(expected).as("a pass fixture must not mark lines").isEmpty();
      assertThat(actual).as("findings in pass fixture " + name).isEmpty();
    } else {
      assertThat(name).as("fixture names start with pass- or fail-").startsWith("fail-");
      assertThat(expected).as("a fail fixture must mark its offending lines with # expect: " + ruleId).isNotEmpty();
      assertThat(actual).as("findings (line rule severity) in " + name).isEqualTo(expected);
    }
  }

  /** The lines marked for this rule, with the rule's default severity unless the marker names one. */
  private static TreeSet<String> expectations(Path file, String ruleId, RuleSet rules) throws IOException {
    String defaultSeverity = rules.metas().get(0).severity().name();
    TreeSet<String> expected = new TreeSet<>();
    Path sidecar = file.resolveSibling(file.getFileName() + ".expect");
    if (Files.exists(sidecar)) {
      for (String line : Files.readAllLines(sidecar)) {
        String[] parts = line.trim().split("\\s+");
        if (parts.length >= 2 && !line.startsWith("#") && parts[1].equals(ruleId)) {
          expected.add(parts[0] + " " + ruleId + " " + (parts.length > 2 ? parts[2] : defaultSeverity));
        }
      }
      return expected;
    }
    List<String> lines = Files.readAllLines(file);
    for (int i = 0; i < lines.size(); i++) {
      Matcher m = EXPECT.matcher(lines.get(i));
      while (m.find()) {
        if (m.group(1).equals(ruleId)) {
          expected.add((i + 1) + " " + ruleId + " " + (m.group(2) != null ? m.group(2) : defaultSeverity));
        }
      }
    }
    return expected;
  }

  /** The single rule under test: from Moat's catalogue, or a control of a standard. */
  static RuleSet ruleSetFor(String ruleId) {
    if (Catalogue.byId(ruleId).isPresent()) {
      return RuleSet.select(null, List.of(ruleId), List.of());
    }
    for (Standard s : Standard.values()) {
      Optional<String> found = s.controls().stream().map(r -> r.meta().id()).filter(ruleId::equals).findFirst();
      if (found.isPresent()) {
        return RuleSet.select(s, List.of(ruleId), List.of());
      }
    }
    throw new AssertionError("fixture directory names no known rule: " + ruleId);
  }
}
