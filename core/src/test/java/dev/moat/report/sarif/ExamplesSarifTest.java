package dev.moat.report.sarif;

import static org.assertj.core.api.Assertions.assertThat;

import dev.moat.engine.RuleSet;
import dev.moat.report.Format;
import dev.moat.report.ReportOptions;
import dev.moat.result.Report;
import dev.moat.standard.Standard;
import dev.moat.testing.Scan;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What `./moat scan examples/ -f sarif` writes validates against the official SARIF 2.1.0 schema,
 * for Moat's rules and for each standard: the bundled examples exercise every kind of finding
 * (workload-level, container-level, suppressed).
 */
class ExamplesSarifTest {

  private static String sarif(RuleSet rules) throws IOException {
    Report report = Scan.report(Scan.read(Path.of("../examples")), rules);
    assertThat(report.findings()).isNotEmpty();
    StringWriter out = new StringWriter();
    Format.SARIF.reporter(ReportOptions.PLAIN).write(report, out);
    return out.toString();
  }

  @Test
  void examplesReportIsValidSarif() throws IOException {
    String sarif = sarif(RuleSet.catalogue());
    assertThat(SarifSchema.validate(sarif)).isEmpty();
    assertThat(sarif).contains("\"suppressions\"").contains("\"security-severity\"");
  }

  @Test
  void standardReportsAreValidSarif() throws IOException {
    for (Standard s : Standard.values()) {
      assertThat(SarifSchema.validate(sarif(RuleSet.select(s, List.of(), List.of())))).as(s.id()).isEmpty();
    }
  }
}
