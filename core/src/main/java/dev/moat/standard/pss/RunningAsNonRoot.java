package dev.moat.standard.pss;

import dev.moat.model.Container;
import dev.moat.model.Setting;
import dev.moat.model.Workload;
import dev.moat.rule.ContainerRule;
import dev.moat.rule.Layer;
import dev.moat.rule.Violation;
import dev.moat.rule.WorkloadRule;
import java.util.List;

/**
 * Restricted: runAsNonRoot must be true, on the pod (covering containers that leave it unset) or
 * on every container; an explicit false anywhere fails. Pods with hostUsers: false pass (1.35+).
 */
final class RunningAsNonRoot extends PssControl implements WorkloadRule, ContainerRule {

  RunningAsNonRoot() {
    super("pss-running-as-non-root", "restricted", "Running as Non-root", "runAsNonRoot",
        Layer.PRIVILEGE, "runAsNonRoot is not true",
        "Set spec.securityContext.runAsNonRoot: true (or on every container).");
  }

  @Override
  public List<Violation> check(Workload w) {
    Setting<Boolean> pod = w.isolation().podDefaults().runAsNonRoot();
    return !userNamespacePod(w) && Setting.isFalse(pod)
        ? List.of(Violation.at(pod.source(), "runAsNonRoot != true: pod must not set securityContext.runAsNonRoot=false"))
        : List.of();
  }

  @Override
  public List<Violation> check(Workload w, Container c) {
    if (userNamespacePod(w)) {
      return List.of();
    }
    Setting<Boolean> s = c.isolation().identity().runAsNonRoot();
    if (s.isExplicit()) {
      return Setting.isFalse(s)
          ? List.of(Violation.at(s.source(), "runAsNonRoot != true: container \"%s\" must not set "
              + "securityContext.runAsNonRoot=false", c.name()))
          : List.of();
    }
    boolean podTrue = Setting.isTrue(w.isolation().podDefaults().runAsNonRoot());
    return podTrue ? List.of()
        : List.of(Violation.at(c.source(), "runAsNonRoot != true: pod or container \"%s\" must set "
            + "securityContext.runAsNonRoot=true", c.name()));
  }
}
