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

/** Flags containers without a CPU limit. */
@RuleInfo(
    id = "missing-cpu-limit",
    layer = Layer.SEGMENTATION,
    severity = Severity.LOW,
    summary = "No CPU limit",
    description = "Without a CPU limit one container can starve its neighbours and the node's own "
        + "services, turning a compromise or a bug into a denial of service.",
    remediation = "Set resources.limits.cpu (Kubernetes), cpus or deploy.resources.limits.cpus (Compose), "
        + "--cpus (docker/podman run).",
    references = {"CIS Docker 5.12"},
    aliases = {"KSV-0011", "C-0050", "CKV_K8S_11"})
public final class MissingCpuLimit implements ContainerRule {

  @Override
  public List<Violation> check(Workload w, Container c) {
    if (c.kind() == ContainerKind.EPHEMERAL) {
      return List.of(); // the API server refuses resources on ephemeral containers
    }
    Setting<String> limit = c.resources().cpuLimit();
    return limit.isKnown() ? List.of()
        : List.of(Violation.at(limit.source(), "%s has no CPU limit", Subject.of(c)));
  }
}
