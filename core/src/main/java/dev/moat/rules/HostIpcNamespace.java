package dev.moat.rules;

import dev.moat.model.Namespaces;
import dev.moat.rule.Layer;
import dev.moat.rule.RuleInfo;
import dev.moat.rule.Severity;

/** Flags workloads that share the host's IPC namespace. */
@RuleInfo(
    id = "host-ipc-namespace",
    layer = Layer.SEGMENTATION,
    severity = Severity.HIGH,
    summary = "Shares the host's IPC namespace",
    description = "The host IPC namespace exposes the host's shared memory segments, semaphores and "
        + "message queues: data of other processes can be read or corrupted.",
    remediation = "Remove hostIPC: true (Kubernetes), ipc: host (Compose) or --ipc host (docker/podman run).",
    references = {"CIS Docker 5.17", "PSS baseline: Host Namespaces"},
    aliases = {"KSV-0008", "C-0038", "CKV_K8S_18"})
public final class HostIpcNamespace extends HostNamespaceRule {

  public HostIpcNamespace() {
    super(Namespaces::hostIpc, "shares the host's IPC namespace: host shared memory is reachable");
  }
}
