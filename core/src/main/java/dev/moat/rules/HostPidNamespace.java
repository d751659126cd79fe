package dev.moat.rules;

import dev.moat.model.Namespaces;
import dev.moat.rule.Layer;
import dev.moat.rule.RuleInfo;
import dev.moat.rule.Severity;

/** Flags workloads that share the host's process namespace. */
@RuleInfo(
    id = "host-pid-namespace",
    layer = Layer.SEGMENTATION,
    severity = Severity.HIGH,
    summary = "Shares the host's PID namespace",
    description = "With the host PID namespace every host process is visible: their command lines and "
        + "environments leak secrets, and with SYS_PTRACE or root nsenter -t 1 enters the host outright.",
    remediation = "Remove hostPID: true (Kubernetes), pid: host (Compose) or --pid host (docker/podman run).",
    references = {"CIS Docker 5.16", "PSS baseline: Host Namespaces"},
    aliases = {"KSV-0010", "C-0038", "CKV_K8S_17"})
public final class HostPidNamespace extends HostNamespaceRule {

  public HostPidNamespace() {
    super(Namespaces::hostPid, "shares the host's PID namespace: host processes are visible and reachable");
  }
}
