package dev.moat.report.sarif;

import dev.moat.report.Reporter;
import dev.moat.result.Report;
import java.io.IOException;
import java.io.Writer;

/** Placeholder until implemented. */
public final class SarifReporter implements Reporter {

  @Override
  public void write(Report report, Writer out) throws IOException {
    throw new UnsupportedOperationException("not yet implemented");
  }
}
