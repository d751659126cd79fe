package dev.moat.rules;

import dev.moat.model.Platform;
import dev.moat.model.Setting;
import dev.moat.model.Workload;
import dev.moat.rule.Layer;
import dev.moat.rule.RuleInfo;
import dev.moat.rule.Severity;
import dev.moat.rule.Violation;
import dev.moat.rule.WorkloadRule;
import java.util.List;

/** Flags pods that get a Kubernetes API token mounted without asking for it. */
@RuleInfo(
    id = "service-account-token-automount",
    layer = Layer.SUPPLY_CHAIN,
    severity = Severity.LOW,
    summary = "Service account token is mounted automatically",
    description = "Every pod gets an API token for its service account unless it opts out. After a "
        + "compromise the token is the attacker's key to the Kubernetes API, and with broad RBAC it "
        + "leads to the whole cluster.",
    remediation = "Set spec.automountServiceAccountToken: false on pods that do not call the API (or on "
        + "their ServiceAccount), and mount a projected token only where it is needed.",
    references = {"CIS Kubernetes 5.1.6"},
    aliases = {"KSV-0036", "C-0034", "CKV_K8S_38"})
public final class ServiceAccountTokenAutomount implements WorkloadRule {

  @Override
  public List<Violation> check(Workload w) {
    if (w.platform() != Platform.KUBERNETES) {
      return List.of();
    }
    Setting<Boolean> s = w.isolation().serviceAccountToken();
    if (!Setting.isTrue(s)) {
      return List.of();
    }
    return List.of(Violation.at(s.source(), s.isWritten()
        ? "automountServiceAccountToken is true: an API token is mounted into every container"
        : "automountServiceAccountToken is not false: an API token is mounted into every container "
            + "(unless the ServiceAccount disables it)"));
  }
}
