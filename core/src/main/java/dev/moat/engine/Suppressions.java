package dev.moat.engine;

import dev.moat.model.Suppression;
import dev.moat.model.Workload;
import dev.moat.result.Finding;
import dev.moat.result.Notice;
import dev.moat.rule.RuleMeta;
import java.util.ArrayList;
import java.util.List;

/**
 * Applies moat.dev/ignore annotations. Suppressed findings stay in the report, marked, and never
 * fail the run. A suppression naming an unknown rule, or one that no longer matches anything, is
 * reported as a notice: exceptions that silently stop working are a common complaint about scanners.
 */
final class Suppressions {

  private Suppressions() {}

  static List<Finding> apply(Workload w, List<Finding> findings, RuleSet ruleSet, List<Notice> notices) {
    if (w.suppressions().isEmpty()) {
      return findings;
    }
    List<Finding> out = new ArrayList<>(findings.size());
    for (Finding f : findings) {
      Suppression s = w.suppressions().stream().filter(x -> x.covers(f.ruleId())).findFirst().orElse(null);
      out.add(s == null ? f : f.suppress(s.reason()));
    }
    for (Suppression s : w.suppressions()) {
      if (s.ruleIds().isEmpty()) {
        notices.add(new Notice(s.source(), "suppresses nothing on " + w.ref().display()
            + ": moat.dev/ignore names no rule id"));
        continue;
      }
      for (String id : s.ruleIds()) {
        if ("*".equals(id)) {
          continue;
        }
        if (!RuleSet.isKnownId(id)) {
          String near = RuleSet.closestKnownId(id);
          notices.add(new Notice(s.source(), "moat.dev/ignore names unknown rule '" + id + "'"
              + (near == null ? "" : "; did you mean '" + near + "'?")));
        } else if (evaluated(id, ruleSet) && findings.stream().noneMatch(f -> f.ruleId().equals(id))) {
          notices.add(new Notice(s.source(), "moat.dev/ignore for '" + id + "' on " + w.ref().display()
              + " matches no finding; remove it if it is no longer needed"));
        }
      }
      if (s.reason() == null) {
        notices.add(new Notice(s.source(), "moat.dev/ignore on " + w.ref().display()
            + " gives no reason; add moat.dev/ignore-reason so reviewers know why"));
      }
    }
    return out;
  }

  private static boolean evaluated(String id, RuleSet ruleSet) {
    return ruleSet.metas().stream().map(RuleMeta::id).anyMatch(id::equals);
  }
}
