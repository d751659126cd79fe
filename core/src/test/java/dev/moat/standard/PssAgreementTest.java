package dev.moat.standard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.moat.engine.RuleSet;
import dev.moat.input.ReadResult;
import dev.moat.result.Finding;
import dev.moat.result.Report;
import dev.moat.testing.Scan;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Agreement with Pod Security Admission on a corpus of pod specs: pss/&lt;level&gt;/pass/*.yaml
 * must draw no finding from {@code --standard pss-<level>}, and pss/&lt;level&gt;/fail/*.yaml must
 * fail exactly the controls named in its "# controls: a,b" header. Each file is what PSA
 * decides for its pod at the latest policy version; the whole standard runs, so a file also
 * proves that no other control fires.
 */
class PssAgreementTest {

  static final Path ROOT = Path.of("src/test/resources/pss");
  private static final Pattern CONTROLS = Pattern.compile("^#\\s*controls:(.*)$");
  private static final List<String> LEVELS = List.of("baseline", "restricted");

  @TestFactory
  Stream<DynamicTest> corpus() {
    List<DynamicTest> tests = new ArrayList<>();
    for (String level : LEVELS) {
      Standard standard = standard(level);
      for (String outcome : List.of("pass", "fail")) {
        for (Path file : files(level, outcome)) {
          tests.add(DynamicTest.dynamicTest(level + "/" + outcome + "/" + file.getFileName(), file.toUri(),
              () -> check(standard, outcome.equals("pass"), file)));
        }
      }
    }
    return tests.stream();
  }

  @Test
  void corpusIsLargeAndCoversEveryControl() {
    int total = 0;
    for (String level : LEVELS) {
      Standard standard = standard(level);
      List<Path> pass = files(level, "pass");
      List<Path> fail = files(level, "fail");
      assertThat(pass).as(level + " pass files").hasSizeGreaterThanOrEqualTo(10);
      assertThat(fail).as(level + " fail files").hasSizeGreaterThanOrEqualTo(20);
      total += pass.size() + fail.size();
      Set<String> covered = new TreeSet<>();
      for (Path f : fail) {
        covered.addAll(declaredControls(f));
      }
      Set<String> ids = standard.controls().stream().map(r -> r.meta().id()).collect(Collectors.toCollection(TreeSet::new));
      assertThat(covered).as("controls of " + standard.id() + " failed by some corpus file").isEqualTo(ids);
    }
    assertThat(total).isGreaterThanOrEqualTo(40);
  }

  private static void check(Standard standard, boolean pass, Path file) throws IOException {
    ReadResult input = Scan.read(file);
    assertThat(input.errors()).as("input errors in " + file).isEmpty();
    assertThat(input.workloads()).as("workloads in " + file).hasSize(1);
    Report report = Scan.report(input, RuleSet.select(standard, List.of(), List.of()));
    Set<String> failing = new TreeSet<>();
    for (Finding f : report.findings()) {
      failing.add(f.ruleId());
    }
    Set<String> declared = declaredControls(file);
    if (pass) {
      assertThat(declared).as("a pass file declares no failing controls").isEmpty();
      assertThat(report.findings()).as("findings of " + standard.id() + " in pass file " + file).isEmpty();
    } else {
      assertThat(declared).as("a fail file names its failing controls in a '# controls:' header").isNotEmpty();
      assertThat(failing).as("controls of " + standard.id() + " failing in " + file).isEqualTo(declared);
    }
  }

  /** The control ids of the "# controls: a,b" header, or none. */
  static Set<String> declaredControls(Path file) {
    try {
      for (String line : Files.readAllLines(file)) {
        Matcher m = CONTROLS.matcher(line.trim());
        if (m.matches()) {
          return Arrays.stream(m.group(1).split(",")).map(String::trim).filter(s -> !s.isEmpty())
              .collect(Collectors.toCollection(TreeSet::new));
        }
      }
      return Set.of();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Standard standard(String level) {
    return Standard.byId("pss-" + level).orElseThrow();
  }

  static List<Path> files(String level, String outcome) {
    Path dir = ROOT.resolve(level).resolve(outcome);
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
