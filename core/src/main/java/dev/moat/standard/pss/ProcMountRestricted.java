package dev.moat.standard.pss;

import dev.moat.model.Container;
import dev.moat.model.Setting;
import dev.moat.model.Workload;
import dev.moat.rule.ContainerRule;
import dev.moat.rule.Layer;
import dev.moat.rule.Violation;
import java.util.List;

/** Restricted (1.35+): procMount must be unset or Default, even with hostUsers: false. */
final class ProcMountRestricted extends PssControl implements ContainerRule {

  ProcMountRestricted() {
    super("pss-proc-mount-restricted", "restricted", "/proc Mount Type", "procMount_restricted",
        Layer.SEGMENTATION, "/proc is not masked", "Remove procMount or set it to Default.");
  }

  @Override
  public List<Violation> check(Workload w, Container c) {
    return judge(c);
  }

  static List<Violation> judge(Container c) {
    Setting<String> pm = c.isolation().procMount();
    return pm.isExplicit() && !"Default".equals(pm.value())
        ? List.of(Violation.at(pm.source(), "procMount: container \"%s\" must not set securityContext.procMount to \"%s\"",
            c.name(), pm.value()))
        : List.of();
  }
}
