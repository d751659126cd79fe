package dev.moat.rules;

import dev.moat.model.Capabilities;
import dev.moat.model.Container;
import dev.moat.model.Platform;
import dev.moat.model.Workload;
import dev.moat.rule.ContainerRule;
import dev.moat.rule.Layer;
import dev.moat.rule.RuleInfo;
import dev.moat.rule.Severity;
import dev.moat.rule.Violation;
import java.util.List;
import java.util.TreeSet;

/** Flags containers that keep the engine's default capability set instead of dropping ALL. */
@RuleInfo(
    id = "capabilities-not-dropped",
    layer = Layer.FILTERING,
    severity = Severity.LOW,
    summary = "Default capabilities are not dropped",
    description = "Engines grant a default set of capabilities (14 in Docker and containerd, including "
        + "NET_RAW, MKNOD and DAC_OVERRIDE). Most applications need none of them; each one kept widens "
        + "the kernel surface an exploit can use.",
    remediation = "Drop ALL and add back only what is needed: capabilities.drop: [ALL] (Kubernetes), "
        + "cap_drop: [ALL] (Compose), --cap-drop ALL (docker/podman run).",
    references = {"PSS restricted: Capabilities", "CIS Docker 5.4"},
    aliases = {"KSV-0003", "CKV_K8S_37"})
public final class CapabilitiesNotDropped implements ContainerRule {

  @Override
  public List<Violation> check(Workload w, Container c) {
    Capabilities caps = c.isolation().capabilities();
    if (caps.dropsAll() || Windows.isWindowsPod(w) || Covered.byPrivileged(c) || Covered.byAddedAll(c)) {
      return List.of(); // a Windows pod may not set capabilities at all; privileged and ALL say more
    }
    TreeSet<String> kept = new TreeSet<>(caps.effective());
    if (caps.isReported()) {
      // Podman inspect and OCI configs list the sets themselves: judge what the process holds,
      // less what was explicitly added back.
      caps.add().forEach(a -> kept.remove(Capabilities.normalize(a.value())));
      return kept.isEmpty() ? List.of() : List.of(Violation.at(caps.where(),
          "%s does not drop ALL capabilities: its effective and bounding sets hold %d: %s",
          Subject.of(c), kept.size(), String.join(", ", kept)));
    }
    String platform = w.platform() == Platform.KUBERNETES ? "containerd's" : w.platform().displayName() + "'s";
    return List.of(Violation.at(caps.where(),
        "%s does not drop ALL capabilities; with %s defaults it keeps %d: %s",
        Subject.of(c), platform, kept.size(), String.join(", ", kept)));
  }
}
