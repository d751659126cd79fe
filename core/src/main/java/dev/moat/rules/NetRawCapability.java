package dev.moat.rules;

import dev.moat.model.Capabilities;
import dev.moat.model.Container;
import dev.moat.model.Setting;
import dev.moat.model.Workload;
import dev.moat.rule.ContainerRule;
import dev.moat.rule.Layer;
import dev.moat.rule.RuleInfo;
import dev.moat.rule.Severity;
import dev.moat.rule.Violation;
import java.util.List;
import java.util.Optional;

/** Flags NET_RAW: kept by Docker's and containerd's defaults, it allows packet crafting and spoofing. */
@RuleInfo(
    id = "net-raw-capability",
    layer = Layer.FILTERING,
    severity = Severity.LOW,
    summary = "Container keeps CAP_NET_RAW",
    description = "NET_RAW lets a process open raw sockets: spoof packets, ARP and DNS poisoning on the "
        + "node's network, and it has been a precondition of several kernel exploits. Docker and "
        + "containerd keep it by default; Podman does not.",
    remediation = "Drop it: capabilities.drop: [ALL] or [NET_RAW] (Kubernetes), cap_drop (Compose), "
        + "--cap-drop NET_RAW (docker run). ping works without it on kernels with ping_group_range.",
    references = {"PSS baseline: Capabilities"},
    aliases = {"KSV-0119", "CKV_K8S_28"})
public final class NetRawCapability implements ContainerRule {

  @Override
  public List<Violation> check(Workload w, Container c) {
    if (Windows.isWindowsPod(w) || Covered.byPrivileged(c) || Covered.byAddedAll(c)) {
      return List.of(); // no Linux capabilities on Windows; privileged and ALL are reported already
    }
    Capabilities caps = c.isolation().capabilities();
    if (!caps.effective().contains("NET_RAW")) {
      return List.of();
    }
    Optional<Setting<String>> added = caps.added("NET_RAW");
    if (added.isEmpty() && caps.isReported()) {
      Setting<String> held = caps.reportedEntry("NET_RAW").orElseThrow();
      return List.of(Violation.at(held.source(), "%s holds CAP_NET_RAW", Subject.of(c)));
    }
    return List.of(added.isPresent()
        ? Violation.at(added.get().source(), "%s adds CAP_NET_RAW", Subject.of(c))
        : Violation.at(caps.where(), "%s keeps CAP_NET_RAW from the default capability set", Subject.of(c)));
  }
}
