package dev.moat.report.text;

import dev.moat.result.Finding;
import dev.moat.result.Report;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The findings, grouped by file and then by object, the most severe first; each finding is a header
 * line (severity, rule, line) and its message below, wrapped at the report width:
 * <pre>
 * deploy/web.yaml
 *   Deployment prod/web
 *     CRITICAL  privileged-container  line 21
 *               container 'app' runs privileged: all capabilities and host devices, ...
 * </pre>
 * Messages name their container themselves, so the container is not repeated in a column, and a
 * message under its header keeps most of the width instead of a thin ribbon beside long rule ids.
 * Suppressed findings stay in the list, dimmed and marked, so a reviewer sees what was waived.
 */
final class FindingsSection {

  private static final String INDENT = "    ";
  private static final int SEVERITY_WIDTH = "CRITICAL".length();
  private static final int GAP = 2;
  private static final int MESSAGE_COLUMN = INDENT.length() + SEVERITY_WIDTH + GAP;

  private final Palette palette;

  FindingsSection(Palette palette) {
    this.palette = palette;
  }

  void write(Report report, TextSink sink) throws IOException {
    for (Map.Entry<String, Map<String, List<Finding>>> file : group(report.findings()).entrySet()) {
      sink.section(palette.bold(file.getKey()));
      for (Map.Entry<String, List<Finding>> object : file.getValue().entrySet()) {
        sink.line("  " + object.getKey());
        int ruleWidth = object.getValue().stream().mapToInt(f -> f.ruleId().length()).max().orElse(0);
        for (Finding f : bySeverity(object.getValue())) {
          writeFinding(f, ruleWidth, sink);
        }
      }
    }
  }

  /**
   * Within one object the worst comes first, so what to fix first is at the top; the report's own
   * order (line, rule) breaks ties, so the output stays byte-stable.
   */
  private static List<Finding> bySeverity(List<Finding> findings) {
    List<Finding> sorted = new ArrayList<>(findings);
    sorted.sort(java.util.Comparator.comparing(Finding::severity).reversed());
    return sorted;
  }

  /** File, then object, each in order of first appearance: the report already sorts by file and line. */
  private static Map<String, Map<String, List<Finding>>> group(List<Finding> findings) {
    Map<String, Map<String, List<Finding>>> byFile = new LinkedHashMap<>();
    for (Finding f : findings) {
      String file = f.location().file().isEmpty() ? "(no file)" : f.location().file();
      String object = f.object() == null ? "(no object)" : f.object().display();
      byFile.computeIfAbsent(file, k -> new LinkedHashMap<>())
          .computeIfAbsent(object, k -> new ArrayList<>())
          .add(f);
    }
    return byFile;
  }

  private void writeFinding(Finding f, int ruleWidth, TextSink sink) throws IOException {
    String severity = f.severity().name();
    String severityPadding = " ".repeat(SEVERITY_WIDTH + GAP - severity.length());
    String header = f.ruleId() + " ".repeat(ruleWidth + GAP - f.ruleId().length()) + lineLabel(f);
    String pad = " ".repeat(MESSAGE_COLUMN);
    List<String> message = Wrap.lines(messageText(f), MESSAGE_COLUMN);
    if (f.suppressed()) {
      // Dim the whole finding, not just the severity: a waived finding should recede.
      sink.line(palette.dim(INDENT + severity + severityPadding + header));
      for (String m : message) {
        sink.line(palette.dim(pad + m));
      }
      return;
    }
    sink.line(INDENT + palette.severity(f.severity(), severity) + severityPadding + header);
    for (String m : message) {
      sink.line(pad + m);
    }
  }

  private static String messageText(Finding f) {
    if (!f.suppressed()) {
      return f.message();
    }
    return f.message() + (f.suppressionReason() == null ? " (suppressed)" : " (suppressed: " + f.suppressionReason() + ")");
  }

  private static String lineLabel(Finding f) {
    // Line 0 means unknown; "-" keeps the column without pretending there is a line 0.
    return f.location().hasLine() ? "line " + f.location().line() : "line -";
  }

}
