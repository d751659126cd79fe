package dev.moat.rules;

import dev.moat.model.Container;
import dev.moat.model.Platform;
import dev.moat.model.Profile;
import dev.moat.model.Setting;
import dev.moat.model.Workload;
import dev.moat.rule.ContainerRule;
import dev.moat.rule.Layer;
import dev.moat.rule.RuleInfo;
import dev.moat.rule.Severity;
import dev.moat.rule.Violation;
import java.util.List;

/** Flags Kubernetes containers that ask for no seccomp profile and so run Unconfined by default. */
@RuleInfo(
    id = "seccomp-not-set",
    layer = Layer.FILTERING,
    severity = Severity.MEDIUM,
    summary = "No seccomp profile requested (Kubernetes runs Unconfined by default)",
    description = "Unlike Docker and Podman, Kubernetes applies no seccomp filter unless the pod or "
        + "container asks for one, or the kubelet runs with SeccompDefault (which a manifest cannot "
        + "show). This is the main reason user-namespace kernel exploits reach pods but not default "
        + "Docker containers.",
    remediation = "Set spec.securityContext.seccompProfile.type: RuntimeDefault on the pod (or on "
        + "each container).",
    references = {"PSS restricted: Seccomp"},
    aliases = {"KSV-0030", "C-0055", "CKV_K8S_31"})
public final class SeccompNotSet implements ContainerRule {

  @Override
  public List<Violation> check(Workload w, Container c) {
    Setting<Profile> s = c.isolation().seccomp();
    if (w.platform() != Platform.KUBERNETES || s.isKnown() || Windows.isWindowsPod(w) || Covered.byPrivileged(c)) {
      return List.of(); // Windows has no seccomp, and a Windows pod may not set seccompProfile
    }
    return List.of(Violation.at(c.source(), "%s requests no seccomp profile: it runs Unconfined unless the "
        + "kubelet enables SeccompDefault", Subject.of(c)));
  }
}
