package dev.moat.rules;

import dev.moat.model.Container;
import dev.moat.model.Platform;
import dev.moat.model.Setting;
import dev.moat.model.Workload;
import dev.moat.rule.ContainerRule;
import dev.moat.rule.Layer;
import dev.moat.rule.RuleInfo;
import dev.moat.rule.Severity;
import dev.moat.rule.Violation;
import java.util.List;

/** Flags containers whose processes may gain privileges through setuid binaries or file capabilities. */
@RuleInfo(
    id = "privilege-escalation-allowed",
    layer = Layer.FILTERING,
    severity = Severity.MEDIUM,
    summary = "Processes may gain more privileges than they started with",
    description = "Without no_new_privs a process can gain privileges by executing a setuid binary or "
        + "a file with capabilities, turning a foothold as a non-root user into root inside the "
        + "container. Kubernetes sets no_new_privs only when allowPrivilegeEscalation is explicitly false.",
    remediation = "Kubernetes: set securityContext.allowPrivilegeEscalation: false. Docker/Podman: "
        + "--security-opt no-new-privileges (Compose: security_opt: [no-new-privileges:true]). "
        + "OCI: process.noNewPrivileges: true.",
    references = {"CIS Docker 5.26", "PSS restricted: Privilege Escalation"},
    aliases = {"KSV-0001", "C-0016", "CKV_K8S_20"})
public final class PrivilegeEscalationAllowed implements ContainerRule {

  @Override
  public List<Violation> check(Workload w, Container c) {
    Setting<Boolean> ape = c.isolation().allowPrivilegeEscalation();
    if (!Setting.isTrue(ape) || Windows.isWindowsPod(w) || Covered.byPrivileged(c)) {
      return List.of(); // a Windows pod may not set allowPrivilegeEscalation
    }
    String why;
    if (w.platform() == Platform.KUBERNETES) {
      why = ape.isExplicit() ? "allowPrivilegeEscalation is true" : "allowPrivilegeEscalation is not set to false";
    } else if (w.platform() == Platform.OCI) {
      why = "process.noNewPrivileges is not true";
    } else {
      why = ape.isExplicit() ? "no-new-privileges is set to false" : "no-new-privileges is not set";
    }
    return List.of(Violation.at(ape.source(), "%s may escalate privileges: %s", Subject.of(c), why));
  }
}
