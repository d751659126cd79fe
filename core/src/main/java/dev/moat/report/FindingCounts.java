package dev.moat.report;

import dev.moat.result.Finding;
import dev.moat.result.Report;
import dev.moat.rule.Layer;
import dev.moat.rule.Severity;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Counts of a report's findings by layer and severity, so the text summary and the JSON summary
 * can never disagree. Suppressed findings are counted apart: they are accepted risk, not failures.
 */
public final class FindingCounts {

  private final Map<Layer, Map<Severity, Integer>> cells = new EnumMap<>(Layer.class);
  private int total;
  private int suppressed;

  private FindingCounts() {
    for (Layer layer : Layer.values()) {
      Map<Severity, Integer> row = new EnumMap<>(Severity.class);
      for (Severity severity : Severity.values()) {
        row.put(severity, 0);
      }
      cells.put(layer, row);
    }
  }

  public static FindingCounts of(Report report) {
    FindingCounts counts = new FindingCounts();
    for (Finding f : report.findings()) {
      if (f.suppressed()) {
        counts.suppressed++;
      } else {
        counts.total++;
        counts.cells.get(f.layer()).merge(f.severity(), 1, Integer::sum);
      }
    }
    return counts;
  }

  /** Unsuppressed findings. */
  public int total() {
    return total;
  }

  public int suppressed() {
    return suppressed;
  }

  public int count(Layer layer, Severity severity) {
    return cells.get(layer).get(severity);
  }

  public int count(Layer layer) {
    return cells.get(layer).values().stream().mapToInt(Integer::intValue).sum();
  }

  public int count(Severity severity) {
    return cells.values().stream().mapToInt(row -> row.get(severity)).sum();
  }

  /** The layers with at least one unsuppressed finding, in the enum's order. */
  public List<Layer> layersWithFindings() {
    return Arrays.stream(Layer.values()).filter(layer -> count(layer) > 0).toList();
  }

  /** Severities from worst to mildest: the order people read a summary in. */
  public static List<Severity> worstFirst() {
    return List.of(Severity.CRITICAL, Severity.HIGH, Severity.MEDIUM, Severity.LOW);
  }
}
