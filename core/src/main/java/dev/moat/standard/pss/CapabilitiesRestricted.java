package dev.moat.standard.pss;

import dev.moat.model.Capabilities;
import dev.moat.model.Container;
import dev.moat.model.Setting;
import dev.moat.model.Workload;
import dev.moat.rule.ContainerRule;
import dev.moat.rule.Layer;
import dev.moat.rule.Violation;
import java.util.ArrayList;
import java.util.List;

/** Restricted: drop must contain "ALL"; add may only contain "NET_BIND_SERVICE" (Windows pods exempt). */
final class CapabilitiesRestricted extends PssControl implements ContainerRule {

  CapabilitiesRestricted() {
    super("pss-capabilities-restricted", "restricted", "Capabilities", "capabilities_restricted",
        Layer.FILTERING, "Capabilities are not dropped to the minimum",
        "Set capabilities.drop: [\"ALL\"] and add at most NET_BIND_SERVICE.");
  }

  @Override
  public List<Violation> check(Workload w, Container c) {
    if (windowsPod(w)) {
      return List.of();
    }
    Capabilities caps = c.isolation().capabilities();
    List<Violation> out = new ArrayList<>();
    if (caps.drop().stream().noneMatch(s -> "ALL".equals(s.value()))) {
      out.add(Violation.at(caps.where(), "unrestricted capabilities: container \"%s\" must set "
          + "securityContext.capabilities.drop=[\"ALL\"]", c.name()));
    }
    for (Setting<String> add : caps.add()) {
      if (!"NET_BIND_SERVICE".equals(add.value())) {
        out.add(Violation.at(add.source(), "unrestricted capabilities: container \"%s\" must not include \"%s\" "
            + "in securityContext.capabilities.add", c.name(), add.value()));
      }
    }
    return out;
  }
}
