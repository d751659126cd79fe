package dev.moat.report;

import dev.moat.report.json.JsonReporter;
import dev.moat.report.junit.JunitReporter;
import dev.moat.report.sarif.SarifReporter;
import dev.moat.report.text.TextReporter;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The report formats, by the name users give to -f. */
public enum Format {
  TEXT(TextReporter::new),
  JSON(o -> new JsonReporter()),
  SARIF(o -> new SarifReporter()),
  JUNIT(o -> new JunitReporter());

  private final Function<ReportOptions, Reporter> factory;

  Format(Function<ReportOptions, Reporter> factory) {
    this.factory = factory;
  }

  public Reporter reporter(ReportOptions options) {
    return factory.apply(options);
  }

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Format parse(String text) {
    try {
      return valueOf(text.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown format '" + text + "' (expected one of: " + ids() + ")", e);
    }
  }

  public static String ids() {
    return Arrays.stream(values()).map(Format::id).collect(Collectors.joining(", "));
  }
}
