package dev.moat.rules;

import dev.moat.model.Namespaces;
import dev.moat.rule.Layer;
import dev.moat.rule.RuleInfo;
import dev.moat.rule.Severity;

/** Flags workloads that share the host's network namespace. */
@RuleInfo(
    id = "host-network-namespace",
    layer = Layer.SEGMENTATION,
    severity = Severity.HIGH,
    summary = "Shares the host's network namespace",
    description = "A container on the host network can bind any host port, reach services listening on "
        + "localhost (kubelet, container runtime APIs over TCP, cloud metadata), sniff traffic with "
        + "NET_RAW and bypass network policies.",
    remediation = "Remove hostNetwork: true (Kubernetes), network_mode: host (Compose) or "
        + "--network host (docker/podman run); publish ports instead.",
    references = {"CIS Docker 5.10", "PSS baseline: Host Namespaces"},
    aliases = {"KSV-0009", "C-0041", "CKV_K8S_19"})
public final class HostNetworkNamespace extends HostNamespaceRule {

  public HostNetworkNamespace() {
    super(Namespaces::hostNetwork, "shares the host's network namespace: host ports and localhost services are reachable");
  }
}
