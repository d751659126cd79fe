package dev.moat.standard.pss;

import dev.moat.model.Container;
import dev.moat.model.Profile;
import dev.moat.model.Setting;
import dev.moat.model.Workload;
import dev.moat.rule.ContainerRule;
import dev.moat.rule.Layer;
import dev.moat.rule.Violation;
import dev.moat.rule.WorkloadRule;
import java.util.List;

/**
 * Baseline: a seccompProfile, where set (pod or container), must be RuntimeDefault or Localhost.
 * The legacy annotations are not judged at this version (only before 1.19).
 */
final class SeccompBaseline extends PssControl implements WorkloadRule, ContainerRule {

  SeccompBaseline() {
    super("pss-seccomp", "baseline", "Seccomp", "seccompProfile_baseline", Layer.FILTERING,
        "Seccomp profile is Unconfined", "Set seccompProfile.type to RuntimeDefault or Localhost, or leave it unset.");
  }

  @Override
  public List<Violation> check(Workload w) {
    Setting<Profile> pod = w.isolation().podDefaults().seccomp();
    return pod.isKnown() && !allowed(pod.value())
        ? List.of(Violation.at(pod.source(), "seccompProfile: pod must not set securityContext.seccompProfile.type to \"%s\"",
            pod.value().raw()))
        : List.of();
  }

  @Override
  public List<Violation> check(Workload w, Container c) {
    Setting<Profile> s = c.isolation().seccomp();
    return s.isExplicit() && !allowed(s.value())
        ? List.of(Violation.at(s.source(), "seccompProfile: container \"%s\" must not set securityContext.seccompProfile.type to \"%s\"",
            c.name(), s.value().raw()))
        : List.of();
  }

  static boolean allowed(Profile p) {
    return "RuntimeDefault".equals(p.raw()) || "Localhost".equals(p.raw());
  }
}
