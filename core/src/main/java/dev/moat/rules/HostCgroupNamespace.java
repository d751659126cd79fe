package dev.moat.rules;

import dev.moat.model.Container;
import dev.moat.model.Namespaces;
import dev.moat.model.Platform;
import dev.moat.model.Setting;
import dev.moat.model.Workload;
import dev.moat.rule.Layer;
import dev.moat.rule.RuleInfo;
import dev.moat.rule.Severity;

/** Flags workloads that share the host's cgroup namespace. */
@RuleInfo(
    id = "host-cgroup-namespace",
    layer = Layer.SEGMENTATION,
    severity = Severity.LOW,
    summary = "Shares the host's cgroup namespace",
    description = "In the host cgroup namespace the container sees the host's cgroup hierarchy and paths, "
        + "which helps escapes that write to cgroup files (release_agent on cgroup v1).",
    remediation = "Use --cgroupns private (the default on cgroup v2) or cgroup: private (Compose). Kubernetes "
        + "has no field: on cgroup v2 nodes containerd gives every container that is not privileged a "
        + "private cgroup namespace, so remove privileged: true.",
    references = {"CIS Docker 5.25"})
public final class HostCgroupNamespace extends HostNamespaceRule {

  public HostCgroupNamespace() {
    super(Namespaces::hostCgroup, "shares the host's cgroup namespace");
  }

  /** Kubernetes has no field: the reader derives it from a privileged container, and the message says so. */
  @Override
  String why(Workload w, Setting<Boolean> s) {
    if (w.platform() != Platform.KUBERNETES || s.isWritten()) {
      return "";
    }
    String who = w.containers().stream()
        .filter(c -> Setting.isTrue(c.isolation().privileged()) && c.isolation().privileged().source().equals(s.source()))
        .map(Container::name).findFirst().orElse("a container");
    return " because container '" + who + "' is privileged: containerd keeps privileged containers in the node's "
        + "cgroup namespace";
  }
}
