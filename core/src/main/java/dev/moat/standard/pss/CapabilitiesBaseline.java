package dev.moat.standard.pss;

import dev.moat.model.Container;
import dev.moat.model.Setting;
import dev.moat.model.Workload;
import dev.moat.rule.ContainerRule;
import dev.moat.rule.Layer;
import dev.moat.rule.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Baseline: capabilities.add may only name the runtime's default capabilities, spelled exactly. */
final class CapabilitiesBaseline extends PssControl implements ContainerRule {

  static final Set<String> ALLOWED = Set.of(
      "AUDIT_WRITE", "CHOWN", "DAC_OVERRIDE", "FOWNER", "FSETID", "KILL", "MKNOD",
      "NET_BIND_SERVICE", "SETFCAP", "SETGID", "SETPCAP", "SETUID", "SYS_CHROOT");

  CapabilitiesBaseline() {
    super("pss-capabilities", "baseline", "Capabilities", "capabilities_baseline", Layer.FILTERING,
        "Container adds a non-default capability",
        "Add only capabilities from the default set (AUDIT_WRITE, CHOWN, DAC_OVERRIDE, FOWNER, FSETID, "
            + "KILL, MKNOD, NET_BIND_SERVICE, SETFCAP, SETGID, SETPCAP, SETUID, SYS_CHROOT), spelled exactly.");
  }

  @Override
  public List<Violation> check(Workload w, Container c) {
    List<Violation> out = new ArrayList<>();
    for (Setting<String> add : c.isolation().capabilities().add()) {
      if (!ALLOWED.contains(add.value())) {
        out.add(Violation.at(add.source(), "non-default capabilities: container \"%s\" must not include \"%s\" in "
            + "securityContext.capabilities.add", c.name(), add.value()));
      }
    }
    return out;
  }
}
