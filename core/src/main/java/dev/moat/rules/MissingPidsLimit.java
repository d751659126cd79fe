package dev.moat.rules;

import dev.moat.model.Container;
import dev.moat.model.Platform;
import dev.moat.model.Setting;
import dev.moat.model.Workload;
import dev.moat.rule.ContainerRule;
import dev.moat.rule.Layer;
import dev.moat.rule.RuleInfo;
import dev.moat.rule.Severity;
import dev.moat.rule.Violation;
import java.util.List;

/** Flags Docker, Podman, Compose and OCI containers without a pids limit. */
@RuleInfo(
    id = "missing-pids-limit",
    layer = Layer.SEGMENTATION,
    severity = Severity.LOW,
    summary = "No pids limit",
    description = "Without a pids cgroup limit a fork bomb in one container exhausts the host's process "
        + "table. Kubernetes sets this per node (podPidsLimit), so the rule applies to the other formats.",
    remediation = "Set --pids-limit (docker/podman run), pids_limit or deploy.resources.limits.pids "
        + "(Compose), linux.resources.pids.limit (OCI).",
    references = {"CIS Docker 5.29"})
public final class MissingPidsLimit implements ContainerRule {

  @Override
  public List<Violation> check(Workload w, Container c) {
    if (w.platform() == Platform.KUBERNETES) {
      return List.of();
    }
    Setting<Long> limit = c.resources().pidsLimit();
    if (limit.isKnown() && limit.value() > 0) {
      return List.of();
    }
    // A written 0 or -1 means "unlimited" to Docker, Podman and runc; say so, it looks like a limit.
    return List.of(limit.isKnown()
        ? Violation.at(limit.source(), "%s has no pids limit (%d means unlimited)", Subject.of(c), limit.value())
        : Violation.at(limit.source(), "%s has no pids limit", Subject.of(c)));
  }
}
