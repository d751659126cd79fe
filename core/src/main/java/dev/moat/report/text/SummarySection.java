package dev.moat.report.text;

import dev.moat.report.FindingCounts;
import dev.moat.result.Report;
import dev.moat.result.ScanStats;
import dev.moat.result.Target;
import dev.moat.rule.Layer;
import dev.moat.rule.Severity;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The closing summary: a layer × severity table of unsuppressed findings, then what was scanned,
 * what was skipped and, when a standard was evaluated, how many objects pass it. It comes last so
 * it is what stays on screen after a long report.
 */
final class SummarySection {

  private static final String INDENT = "  ";
  private static final String GAP = "  ";

  private final Palette palette;

  SummarySection(Palette palette) {
    this.palette = palette;
  }

  void write(Report report, TextSink sink) throws IOException {
    FindingCounts counts = FindingCounts.of(report);
    sink.section(palette.bold("Summary") + " (moat " + report.toolVersion() + ")");
    if (counts.total() > 0) {
      writeTable(counts, sink);
      sink.line("");
    }
    sink.line(INDENT + findingsLine(counts));
    ScanStats stats = report.stats();
    long withFindings = report.targets().stream().filter(t -> t.findings() > 0).count();
    sink.line(INDENT + "Objects: " + stats.workloads() + " scanned, " + withFindings + " with findings");
    sink.line(INDENT + "Inputs: " + plural(stats.files(), "file") + ", " + plural(stats.documents(), "document")
        + ", " + plural(stats.containers(), "container"));
    if (stats.skipped() > 0) {
      writeWrapped(skippedWords(stats), sink);
    }
    if (report.standard() != null) {
      sink.line(INDENT + standardLine(report.standard(), report.targets()));
    }
  }

  private void writeTable(FindingCounts counts, TextSink sink) throws IOException {
    List<Layer> layers = counts.layersWithFindings();
    int labelWidth = "Total".length();
    for (Layer layer : layers) {
      labelWidth = Math.max(labelWidth, layer.title().length());
    }
    List<Severity> severities = FindingCounts.worstFirst();
    StringBuilder header = new StringBuilder(INDENT).append(padRight("Layer", labelWidth));
    for (Severity severity : severities) {
      header.append(GAP).append(palette.severity(severity, severity.name()));
    }
    header.append(GAP).append("Total");
    sink.line(header.toString());
    for (Layer layer : layers) {
      List<Integer> cells = new ArrayList<>();
      severities.forEach(s -> cells.add(counts.count(layer, s)));
      cells.add(counts.count(layer));
      sink.line(row(layer.title(), labelWidth, cells, severities));
    }
    List<Integer> totals = new ArrayList<>();
    severities.forEach(s -> totals.add(counts.count(s)));
    totals.add(counts.total());
    sink.line(row("Total", labelWidth, totals, severities));
  }

  /** Numbers right-aligned under their headers; zero shows as "-" so the non-zero cells stand out. */
  private static String row(String label, int labelWidth, List<Integer> cells, List<Severity> severities) {
    StringBuilder sb = new StringBuilder(INDENT).append(padRight(label, labelWidth));
    for (int i = 0; i < cells.size(); i++) {
      int width = i < severities.size() ? severities.get(i).name().length() : "Total".length();
      String value = cells.get(i) == 0 ? "-" : Integer.toString(cells.get(i));
      sb.append(GAP).append(" ".repeat(Math.max(width - value.length(), 0))).append(value);
    }
    return sb.toString();
  }

  private static String findingsLine(FindingCounts counts) {
    if (counts.total() == 0) {
      return counts.suppressed() == 0 ? "No findings." : "No findings; " + counts.suppressed() + " suppressed.";
    }
    return plural(counts.total(), "finding") + ", " + counts.suppressed() + " suppressed.";
  }

  /** Each "Kind N," is one unit for wrapping, so a count never lands on a line apart from its kind. */
  private static List<String> skippedWords(ScanStats stats) {
    // Skipped: objects that hold no containers, files of no known format, what a standard does not cover.
    List<String> words = new ArrayList<>(List.of("Not", "judged:", plural(stats.skipped(), "object") + ":"));
    List<Map.Entry<String, Integer>> kinds = new ArrayList<>(stats.skippedKinds().entrySet());
    for (int i = 0; i < kinds.size(); i++) {
      words.add(kinds.get(i).getKey() + " " + kinds.get(i).getValue() + (i < kinds.size() - 1 ? "," : ""));
    }
    return words;
  }

  /** A standard is pass/fail per object; Target.clean() counts suppressed findings as failing it. */
  private static String standardLine(String standard, List<Target> targets) {
    long pass = targets.stream().filter(Target::clean).count();
    long fail = targets.size() - pass;
    return "Standard " + standard + ": " + pass + (pass == 1 ? " object passes, " : " objects pass, ")
        + fail + (fail == 1 ? " fails" : " fail");
  }

  private void writeWrapped(List<String> words, TextSink sink) throws IOException {
    List<String> lines = Wrap.words(words, TextSink.WIDTH - INDENT.length(), TextSink.WIDTH - 2 * INDENT.length());
    sink.line(INDENT + lines.get(0));
    for (String line : lines.subList(1, lines.size())) {
      sink.line(INDENT + INDENT + line);
    }
  }

  private static String padRight(String text, int width) {
    return text + " ".repeat(Math.max(width - text.length(), 0));
  }

  private static String plural(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
