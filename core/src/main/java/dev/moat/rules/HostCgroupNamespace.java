package dev.moat.rules;

import dev.moat.model.Namespaces;
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
    remediation = "Use --cgroupns private (the default on cgroup v2) or cgroup: private (Compose).",
    references = {"CIS Docker 5.25"})
public final class HostCgroupNamespace extends HostNamespaceRule {

  public HostCgroupNamespace() {
    super(Namespaces::hostCgroup, "shares the host's cgroup namespace");
  }
}
