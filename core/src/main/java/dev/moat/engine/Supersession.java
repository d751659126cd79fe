package dev.moat.engine;

import dev.moat.result.Finding;
import dev.moat.rule.RuleMeta;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Drops a finding when a more specific rule reports the same place for the same container: a
 * docker.sock mount is one container-runtime-socket finding, not also host-path-mount and
 * sensitive-host-path. If the specific rule is disabled, the general one still reports.
 */
final class Supersession {

  private Supersession() {}

  static List<Finding> apply(List<Finding> findings, RuleSet ruleSet) {
    Set<String> superseded = new HashSet<>();
    for (RuleMeta meta : ruleSet.metas()) {
      if (meta.supersedes().isEmpty()) {
        continue;
      }
      for (Finding f : findings) {
        if (f.ruleId().equals(meta.id())) {
          for (String general : meta.supersedes()) {
            superseded.add(key(general, f));
          }
        }
      }
    }
    if (superseded.isEmpty()) {
      return findings;
    }
    List<Finding> kept = new ArrayList<>(findings.size());
    for (Finding f : findings) {
      if (!superseded.contains(key(f.ruleId(), f))) {
        kept.add(f);
      }
    }
    return kept;
  }

  /**
   * The place includes the JSON pointer, not only the line: a command line writes several mounts
   * and devices on one line (docker run -v /:/rootfs -v /var/run:/var/run), and a socket finding
   * for one of them must not hide the findings of the others.
   */
  private static String key(String ruleId, Finding f) {
    return ruleId + "\u0000" + f.location().file() + "\u0000" + f.location().line() + "\u0000"
        + f.location().pointer() + "\u0000" + Objects.toString(f.container(), "");
  }
}
