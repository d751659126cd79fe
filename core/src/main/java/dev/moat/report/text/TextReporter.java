package dev.moat.report.text;

import dev.moat.report.Reporter;
import dev.moat.result.Report;
import java.io.IOException;
import java.io.Writer;

/** Placeholder until implemented. */
public final class TextReporter implements Reporter {
  public TextReporter(dev.moat.report.ReportOptions options) {}

  @Override
  public void write(Report report, Writer out) throws IOException {
    throw new UnsupportedOperationException("not yet implemented");
  }
}
