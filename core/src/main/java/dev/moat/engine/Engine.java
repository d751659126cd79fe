package dev.moat.engine;

import dev.moat.input.ReadResult;
import dev.moat.model.Container;
import dev.moat.model.Workload;
import dev.moat.result.Finding;
import dev.moat.result.Notice;
import dev.moat.result.Report;
import dev.moat.result.ScanStats;
import dev.moat.result.Target;
import dev.moat.rule.ContainerRule;
import dev.moat.rule.Rule;
import dev.moat.rule.RuleMeta;
import dev.moat.rule.Severity;
import dev.moat.rule.Violation;
import dev.moat.rule.WorkloadRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Judges workloads: runs every selected rule on every workload and container, folds findings that
 * a more specific rule already reports at the same place, and applies inline suppressions.
 */
public final class Engine {

  private final RuleSet ruleSet;
  private final String toolVersion;

  public Engine(RuleSet ruleSet, String toolVersion) {
    this.ruleSet = ruleSet;
    this.toolVersion = toolVersion;
  }

  public Report run(ReadResult input) {
    List<Finding> findings = new ArrayList<>();
    List<Target> targets = new ArrayList<>();
    List<Notice> notices = new ArrayList<>();
    int containers = 0;
    for (Workload w : input.workloads()) {
      List<Finding> own = Supersession.apply(judge(w), ruleSet);
      own = Suppressions.apply(w, own, ruleSet, notices);
      findings.addAll(own);
      containers += w.containers().size();
      int suppressed = (int) own.stream().filter(Finding::suppressed).count();
      targets.add(new Target(w.ref(), w.source(), w.containers().stream().map(Container::name).toList(),
          own.size() - suppressed, suppressed));
    }
    ScanStats stats = new ScanStats(input.files(), input.documents(), input.workloads().size(), containers,
        input.skippedKinds());
    return new Report(toolVersion, ruleSet.standard() == null ? null : ruleSet.standard().id(), ruleSet.metas(),
        findings, targets, input.errors(), notices, stats);
  }

  private List<Finding> judge(Workload w) {
    List<Finding> out = new ArrayList<>();
    for (Map.Entry<Rule, RuleMeta> e : ruleSet.rules().entrySet()) {
      Rule rule = e.getKey();
      RuleMeta meta = e.getValue();
      try {
        if (rule instanceof WorkloadRule wr) {
          for (Violation v : wr.check(w)) {
            out.add(finding(meta, v, w, null));
          }
        }
        if (rule instanceof ContainerRule cr) {
          for (Container c : w.containers()) {
            for (Violation v : cr.check(w, c)) {
              out.add(finding(meta, v, w, c.name()));
            }
          }
        }
      } catch (RuntimeException ex) {
        throw new IllegalStateException("rule " + meta.id() + " failed on " + w.ref().display() + " ("
            + w.source() + "): " + ex, ex);
      }
    }
    return out;
  }

  private static Finding finding(RuleMeta meta, Violation v, Workload w, String container) {
    Severity severity = v.severity() != null ? v.severity() : meta.severity();
    return new Finding(meta.id(), severity, meta.layer(), v.message(), v.source(), w.ref(), container,
        meta.control(), false, null);
  }
}
