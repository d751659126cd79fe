package dev.moat.standard.pss;

import dev.moat.model.Container;
import dev.moat.model.Setting;
import dev.moat.model.Workload;
import dev.moat.rule.ContainerRule;
import dev.moat.rule.Layer;
import dev.moat.rule.Violation;
import java.util.List;

/** Restricted: allowPrivilegeEscalation must be explicitly false (Windows pods exempt). */
final class PrivilegeEscalation extends PssControl implements ContainerRule {

  PrivilegeEscalation() {
    super("pss-privilege-escalation", "restricted", "Privilege Escalation", "allowPrivilegeEscalation",
        Layer.FILTERING, "Privilege escalation is not disabled",
        "Set securityContext.allowPrivilegeEscalation: false on every container.");
  }

  @Override
  public List<Violation> check(Workload w, Container c) {
    if (windowsPod(w)) {
      return List.of();
    }
    Setting<Boolean> s = c.isolation().allowPrivilegeEscalation();
    return s.isExplicit() && Setting.isFalse(s) ? List.of()
        : List.of(Violation.at(s.source(), "allowPrivilegeEscalation != false: container \"%s\" must set "
            + "securityContext.allowPrivilegeEscalation=false", c.name()));
  }
}
