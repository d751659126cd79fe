package dev.moat.report.text;

import dev.moat.model.InputError;
import dev.moat.report.ReportOptions;
import dev.moat.report.Reporter;
import dev.moat.result.Notice;
import dev.moat.result.Report;
import java.io.IOException;
import java.io.Writer;

/**
 * The human-readable report for terminals and CI logs, laid out for 100 columns. Sections, each
 * left out when empty: findings by file and object, input errors, notices, how to fix, summary.
 */
public final class TextReporter implements Reporter {

  private final Palette palette;

  public TextReporter(ReportOptions options) {
    this.palette = Palette.of(options.color());
  }

  @Override
  public void write(Report report, Writer out) throws IOException {
    TextSink sink = new TextSink(out);
    new FindingsSection(palette).write(report, sink);
    new MessagesSection<>("Input errors", InputError::source, InputError::message, palette)
        .write(report.errors(), sink);
    new MessagesSection<>("Notices", Notice::source, Notice::message, palette).write(report.notices(), sink);
    new HowToFixSection(palette).write(report, sink);
    new SummarySection(palette).write(report, sink);
    sink.flush();
  }
}
