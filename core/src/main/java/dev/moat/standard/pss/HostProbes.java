package dev.moat.standard.pss;

import dev.moat.model.Container;
import dev.moat.model.Setting;
import dev.moat.model.Workload;
import dev.moat.rule.ContainerRule;
import dev.moat.rule.Layer;
import dev.moat.rule.Violation;
import java.util.ArrayList;
import java.util.List;

/** Baseline (1.34+): probe and lifecycle handlers must not name a host (httpGet.host, tcpSocket.host). */
final class HostProbes extends PssControl implements ContainerRule {

  HostProbes() {
    super("pss-host-probes", "baseline", "Host Probes / Lifecycle Hooks", "hostProbesAndHostLifecycle",
        Layer.SEGMENTATION, "Probe or lifecycle hook targets another host",
        "Remove the host field from httpGet and tcpSocket probes and lifecycle handlers.");
  }

  @Override
  public List<Violation> check(Workload w, Container c) {
    List<Violation> out = new ArrayList<>();
    for (Setting<String> host : c.probeHosts()) {
      if (host.isKnown() && !host.value().isEmpty()) {
        out.add(Violation.at(host.source(), "probe or lifecycle host: container \"%s\" uses host \"%s\"",
            c.name(), host.value()));
      }
    }
    return out;
  }
}
