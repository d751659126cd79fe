package dev.moat.standard.pss;

import dev.moat.model.Container;
import dev.moat.model.Setting;
import dev.moat.model.Workload;
import dev.moat.rule.ContainerRule;
import dev.moat.rule.Layer;
import dev.moat.rule.Violation;
import dev.moat.rule.WorkloadRule;
import java.util.List;

/** Restricted: runAsUser must not be 0 (pod or container). Pods with hostUsers: false pass (1.35+). */
final class RunningAsNonRootUser extends PssControl implements WorkloadRule, ContainerRule {

  RunningAsNonRootUser() {
    super("pss-running-as-non-root-user", "restricted", "Running as Non-root user", "runAsUser",
        Layer.PRIVILEGE, "runAsUser is 0", "Set runAsUser to a non-zero UID, or leave it unset with runAsNonRoot: true.");
  }

  @Override
  public List<Violation> check(Workload w) {
    Setting<Long> pod = w.isolation().podDefaults().runAsUser();
    return !userNamespacePod(w) && pod.is(0L)
        ? List.of(Violation.at(pod.source(), "runAsUser=0: pod must not set runAsUser=0"))
        : List.of();
  }

  @Override
  public List<Violation> check(Workload w, Container c) {
    Setting<Long> s = c.isolation().identity().runAsUser();
    return !userNamespacePod(w) && s.isExplicit() && s.is(0L)
        ? List.of(Violation.at(s.source(), "runAsUser=0: container \"%s\" must not set runAsUser=0", c.name()))
        : List.of();
  }
}
