package dev.moat.result;

import java.util.Map;
import java.util.TreeMap;

/**
 * What was looked at: files, documents, workloads and containers judged, and the objects skipped
 * because they hold no containers (by kind).
 */
public record ScanStats(int files, int documents, int workloads, int containers, Map<String, Integer> skippedKinds) {

  public ScanStats {
    skippedKinds = new TreeMap<>(skippedKinds);
  }

  public int skipped() {
    return skippedKinds.values().stream().mapToInt(Integer::intValue).sum();
  }
}
