package dev.moat.report.text;

import dev.moat.result.Finding;
import dev.moat.result.Report;
import dev.moat.rule.RuleMeta;
import java.io.IOException;
import java.util.Set;
import java.util.TreeSet;

/**
 * The remediation of each rule that fired, once per rule rather than once per finding: ten
 * findings of the same rule need the same fix, and repeating it would bury the findings.
 * Rules whose findings are all suppressed are left out, since nobody is going to fix those.
 */
final class HowToFixSection {

  private static final String TEXT_INDENT = "    ";

  private final Palette palette;

  HowToFixSection(Palette palette) {
    this.palette = palette;
  }

  void write(Report report, TextSink sink) throws IOException {
    Set<String> fired = new TreeSet<>();
    for (Finding f : report.findings()) {
      if (!f.suppressed()) {
        fired.add(f.ruleId());
      }
    }
    boolean first = true;
    for (RuleMeta rule : report.rules()) {
      if (!fired.contains(rule.id()) || rule.remediation() == null || rule.remediation().isBlank()) {
        continue;
      }
      if (first) {
        sink.section(palette.bold("How to fix"));
        first = false;
      }
      sink.line("  " + palette.bold(rule.id()));
      for (String line : Wrap.lines(rule.remediation(), TEXT_INDENT.length())) {
        sink.line(TEXT_INDENT + line);
      }
    }
  }
}
