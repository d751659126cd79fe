package dev.moat.rules;

import dev.moat.model.Container;
import dev.moat.model.Platform;
import dev.moat.model.Port;
import dev.moat.model.Workload;
import dev.moat.rule.ContainerRule;
import dev.moat.rule.Layer;
import dev.moat.rule.RuleInfo;
import dev.moat.rule.Severity;
import dev.moat.rule.Violation;
import java.util.ArrayList;
import java.util.List;

/** Flags Kubernetes hostPort bindings. */
@RuleInfo(
    id = "host-port",
    layer = Layer.SEGMENTATION,
    severity = Severity.LOW,
    summary = "Binds a port on the node (hostPort)",
    description = "A hostPort binds the pod directly on the node's address, bypassing Services and many "
        + "network policy implementations, and limits scheduling to one such pod per node.",
    remediation = "Remove hostPort and expose the pod through a Service (NodePort or LoadBalancer if it "
        + "must be reachable from outside).",
    references = {"PSS baseline: Host Ports"},
    aliases = {"KSV-0024", "C-0044", "CKV_K8S_26"})
public final class HostPort implements ContainerRule {

  @Override
  public List<Violation> check(Workload w, Container c) {
    if (w.platform() != Platform.KUBERNETES) {
      return List.of(); // published Docker ports are the normal way to expose a service
    }
    List<Violation> out = new ArrayList<>();
    for (Port p : c.ports()) {
      if (p.bindsHostPort()) {
        out.add(Violation.at(p.source(), "%s binds host port %d", Subject.of(c), p.hostPort()));
      }
    }
    return out;
  }
}
