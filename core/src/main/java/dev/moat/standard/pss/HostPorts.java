package dev.moat.standard.pss;

import dev.moat.model.Container;
import dev.moat.model.Port;
import dev.moat.model.Workload;
import dev.moat.rule.ContainerRule;
import dev.moat.rule.Layer;
import dev.moat.rule.Violation;
import java.util.ArrayList;
import java.util.List;

/** Baseline: every hostPort must be unset or 0. */
final class HostPorts extends PssControl implements ContainerRule {

  HostPorts() {
    super("pss-host-ports", "baseline", "Host Ports", "hostPorts", Layer.SEGMENTATION,
        "Container uses a hostPort", "Remove hostPort (or set it to 0); expose the pod through a Service.");
  }

  @Override
  public List<Violation> check(Workload w, Container c) {
    List<Violation> out = new ArrayList<>();
    for (Port p : c.ports()) {
      if (p.bindsHostPort()) {
        out.add(Violation.at(p.source(), "hostPort: container \"%s\" uses hostPort %d", c.name(), p.hostPort()));
      }
    }
    return out;
  }
}
