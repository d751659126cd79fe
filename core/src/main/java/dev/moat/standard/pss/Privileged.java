package dev.moat.standard.pss;

import dev.moat.model.Container;
import dev.moat.model.Setting;
import dev.moat.model.Workload;
import dev.moat.rule.ContainerRule;
import dev.moat.rule.Layer;
import dev.moat.rule.Violation;
import java.util.List;

/** Baseline: securityContext.privileged must be unset or false on every container. */
final class Privileged extends PssControl implements ContainerRule {

  Privileged() {
    super("pss-privileged", "baseline", "Privileged Containers", "privileged", Layer.FILTERING,
        "Container is privileged", "Remove securityContext.privileged: true.");
  }

  @Override
  public List<Violation> check(Workload w, Container c) {
    Setting<Boolean> p = c.isolation().privileged();
    return p.isExplicit() && Setting.isTrue(p)
        ? List.of(Violation.at(p.source(), "privileged: container \"%s\" must not set securityContext.privileged=true", c.name()))
        : List.of();
  }
}
