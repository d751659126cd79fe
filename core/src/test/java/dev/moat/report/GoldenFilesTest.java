package dev.moat.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.moat.report.json.JsonReporter;
import dev.moat.report.junit.JunitReporter;
import dev.moat.report.sarif.SarifReporter;
import dev.moat.report.text.TextReporter;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The fixed report through every reporter, compared byte for byte with report/expected.*. */
class GoldenFilesTest {

  static Stream<Arguments> reporters() {
    return Stream.of(
        Arguments.of("expected.txt", new TextReporter(ReportOptions.PLAIN)),
        Arguments.of("expected-color.txt", new TextReporter(new ReportOptions(true))),
        Arguments.of("expected.json", new JsonReporter()),
        Arguments.of("expected.sarif", new SarifReporter()),
        Arguments.of("expected.junit.xml", new JunitReporter()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("reporters")
  void matchesGoldenFile(String golden, Reporter reporter) {
    Golden.assertMatches(golden, Golden.render(reporter, ReportFixture.report()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("reporters")
  void isByteStable(String golden, Reporter reporter) {
    assertThat(Golden.render(reporter, ReportFixture.report()))
        .isEqualTo(Golden.render(reporter, ReportFixture.report()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("reporters")
  void usesUnixLineEndsAndEndsWithNewline(String golden, Reporter reporter) {
    String out = Golden.render(reporter, ReportFixture.report());
    assertThat(out).doesNotContain("\r").endsWith("\n").doesNotContain(" \n");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("reporters")
  void namesTheInjectedVersion(String golden, Reporter reporter) {
    // JUnit XML has no place for a tool version; every other format must carry the injected one.
    if (!golden.endsWith(".xml")) {
      assertThat(Golden.render(reporter, ReportFixture.report())).contains(ReportFixture.VERSION);
    }
  }
}
