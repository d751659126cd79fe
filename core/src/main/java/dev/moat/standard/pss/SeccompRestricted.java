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
 * Restricted: seccompProfile must be RuntimeDefault or Localhost, set on the pod (covering the
 * containers) or on every container. Annotations do not count. Windows pods are exempt.
 */
final class SeccompRestricted extends PssControl implements WorkloadRule, ContainerRule {

  SeccompRestricted() {
    super("pss-seccomp-restricted", "restricted", "Seccomp", "seccompProfile_restricted", Layer.FILTERING,
        "Seccomp profile is not set to RuntimeDefault or Localhost",
        "Set spec.securityContext.seccompProfile.type: RuntimeDefault (or Localhost).");
  }

  @Override
  public List<Violation> check(Workload w) {
    Setting<Profile> pod = w.isolation().podDefaults().seccomp();
    return !windowsPod(w) && pod.isKnown() && !SeccompBaseline.allowed(pod.value())
        ? List.of(Violation.at(pod.source(), "seccompProfile: pod must not set securityContext.seccompProfile.type to \"%s\"",
            pod.value().raw()))
        : List.of();
  }

  @Override
  public List<Violation> check(Workload w, Container c) {
    if (windowsPod(w)) {
      return List.of();
    }
    Setting<Profile> s = c.isolation().seccomp();
    if (s.isExplicit()) {
      return SeccompBaseline.allowed(s.value()) ? List.of()
          : List.of(Violation.at(s.source(), "seccompProfile: container \"%s\" must not set "
              + "securityContext.seccompProfile.type to \"%s\"", c.name(), s.value().raw()));
    }
    Setting<Profile> pod = w.isolation().podDefaults().seccomp();
    boolean podValid = pod.isKnown() && SeccompBaseline.allowed(pod.value());
    return podValid ? List.of()
        : List.of(Violation.at(c.source(), "seccompProfile: pod or container \"%s\" must set "
            + "securityContext.seccompProfile.type to \"RuntimeDefault\" or \"Localhost\"", c.name()));
  }
}
