package dev.moat.report;

import dev.moat.result.Report;
import java.io.IOException;
import java.io.Writer;

/**
 * Writes a report in one format. Reporters are pure functions of the report: they never filter
 * findings, decide exit codes or read anything else, so the same report always gives the same bytes.
 */
public interface Reporter {

  void write(Report report, Writer out) throws IOException;
}
