package dev.moat.rules;

import dev.moat.model.Namespaces;
import dev.moat.rule.Layer;
import dev.moat.rule.RuleInfo;
import dev.moat.rule.Severity;

/** Flags workloads that share the host's UTS namespace. */
@RuleInfo(
    id = "host-uts-namespace",
    layer = Layer.SEGMENTATION,
    severity = Severity.LOW,
    summary = "Shares the host's UTS namespace",
    description = "With the host UTS namespace the container sees, and with SYS_ADMIN can change, the "
        + "host's hostname and domain name, confusing logging and services that trust them.",
    remediation = "Remove --uts host (docker/podman run) or uts: host (Compose).",
    references = {"CIS Docker 5.21"})
public final class HostUtsNamespace extends HostNamespaceRule {

  public HostUtsNamespace() {
    super(Namespaces::hostUts, "shares the host's UTS namespace (hostname)");
  }
}
