package dev.moat.standard.pss;

import dev.moat.model.Container;
import dev.moat.model.Workload;
import dev.moat.rule.ContainerRule;
import dev.moat.rule.Layer;
import dev.moat.rule.Violation;
import java.util.List;

/** Baseline: procMount must be unset or Default, except in pods with hostUsers: false (1.35+). */
final class ProcMountBaseline extends PssControl implements ContainerRule {

  ProcMountBaseline() {
    super("pss-proc-mount", "baseline", "/proc Mount Type", "procMount", Layer.SEGMENTATION,
        "/proc is not masked", "Remove procMount or set it to Default (Unmasked is allowed only with hostUsers: false).");
  }

  @Override
  public List<Violation> check(Workload w, Container c) {
    return userNamespacePod(w) ? List.of() : ProcMountRestricted.judge(c);
  }
}
