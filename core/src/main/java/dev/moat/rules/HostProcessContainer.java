package dev.moat.rules;

import dev.moat.model.Container;
import dev.moat.model.Setting;
import dev.moat.model.Workload;
import dev.moat.rule.ContainerRule;
import dev.moat.rule.Layer;
import dev.moat.rule.RuleInfo;
import dev.moat.rule.Severity;
import dev.moat.rule.Violation;
import java.util.List;

/** Flags Windows HostProcess containers: processes on the node itself, without any isolation. */
@RuleInfo(
    id = "host-process-container",
    layer = Layer.SEGMENTATION,
    severity = Severity.CRITICAL,
    summary = "Windows HostProcess container",
    description = "A HostProcess container is not a container at all in the isolation sense: its "
        + "processes run directly on the Windows node, in the host's network, with access to the "
        + "host's filesystem and, by default, as a node administrator account. It is the Windows "
        + "counterpart of a privileged Linux container.",
    remediation = "Remove securityContext.windowsOptions.hostProcess: true (pod and containers); run node "
        + "agents this way only when they must manage the node, in a namespace reserved for them.",
    references = {"PSS baseline: HostProcess"},
    aliases = {"KSV-0103"})
public final class HostProcessContainer implements ContainerRule {

  @Override
  public List<Violation> check(Workload w, Container c) {
    Setting<Boolean> hp = c.isolation().windowsHostProcess();
    return Setting.isTrue(hp)
        ? List.of(Violation.at(hp.source(), "%s is a Windows HostProcess container: it runs on the node "
            + "itself, without isolation%s", Subject.of(c), Subject.origin(hp)))
        : List.of();
  }
}
