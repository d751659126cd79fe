package dev.moat.report;

/**
 * Presentation choices that do not change content.
 *
 * @param color ANSI colours in text output (only when writing to a terminal)
 */
public record ReportOptions(boolean color) {

  public static final ReportOptions PLAIN = new ReportOptions(false);
}
