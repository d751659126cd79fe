package dev.moat.rules;

import dev.moat.model.Namespaces;
import dev.moat.model.Platform;
import dev.moat.model.Setting;
import dev.moat.model.Workload;
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
    remediation = "Remove --uts host (docker/podman run) or uts: host (Compose). Kubernetes has no field of "
        + "its own: a pod shares the node's UTS namespace exactly when it sets hostNetwork: true.",
    references = {"CIS Docker 5.21"})
public final class HostUtsNamespace extends HostNamespaceRule {

  public HostUtsNamespace() {
    super(Namespaces::hostUts, "shares the host's UTS namespace (hostname)");
  }

  /** Windows containers have no UTS namespace; HostProcess pods must use the host network anyway. */
  @Override
  boolean applies(Workload w) {
    return !Windows.isWindowsPod(w);
  }

  /** Kubernetes has no UTS field: the reader derives it from hostNetwork, and the message says so. */
  @Override
  String why(Workload w, Setting<Boolean> s) {
    return w.platform() == Platform.KUBERNETES && !s.isWritten()
        ? " because hostNetwork is true: the runtime gives host-network pods the node's UTS namespace"
        : "";
  }
}
