package dev.moat.rules;

import dev.moat.model.Container;
import dev.moat.model.ContainerKind;
import dev.moat.model.Setting;
import dev.moat.model.Workload;
import dev.moat.rule.ContainerRule;
import dev.moat.rule.Layer;
import dev.moat.rule.RuleInfo;
import dev.moat.rule.Severity;
import dev.moat.rule.Violation;
import java.util.List;

/** Flags containers without a memory limit. */
@RuleInfo(
    id = "missing-memory-limit",
    layer = Layer.SEGMENTATION,
    severity = Severity.LOW,
    summary = "No memory limit",
    description = "Without a memory cgroup limit one container can exhaust the node's memory and get "
        + "its neighbours, or host daemons, killed by the OOM killer.",
    remediation = "Set resources.limits.memory (Kubernetes), mem_limit or deploy.resources.limits.memory "
        + "(Compose), --memory (docker/podman run).",
    references = {"CIS Docker 5.11"},
    aliases = {"KSV-0018", "C-0004", "CKV_K8S_13"})
public final class MissingMemoryLimit implements ContainerRule {

  @Override
  public List<Violation> check(Workload w, Container c) {
    if (c.kind() == ContainerKind.EPHEMERAL) {
      return List.of(); // the API server refuses resources on ephemeral containers
    }
    Setting<String> limit = c.resources().memoryLimit();
    return limit.isKnown() ? List.of()
        : List.of(Violation.at(limit.source(), "%s has no memory limit", Subject.of(c)));
  }
}
