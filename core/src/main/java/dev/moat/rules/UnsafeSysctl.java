package dev.moat.rules;

import dev.moat.model.Platform;
import dev.moat.model.Setting;
import dev.moat.model.Sysctl;
import dev.moat.model.Workload;
import dev.moat.rule.Layer;
import dev.moat.rule.RuleInfo;
import dev.moat.rule.Severity;
import dev.moat.rule.Violation;
import dev.moat.rule.WorkloadRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Flags sysctls outside the set that Kubernetes considers namespaced and safe. */
@RuleInfo(
    id = "unsafe-sysctl",
    layer = Layer.FILTERING,
    severity = Severity.HIGH,
    summary = "Unsafe sysctl is set",
    description = "Only a few kernel parameters are namespaced and isolated per pod. Others change the "
        + "whole node or weaken its defences (CVE-2022-0811 used kernel.core_pattern through a sysctl "
        + "to run code on the host).",
    remediation = "Remove the sysctl, or set it on the node. Safe sysctls are those of the Pod Security "
        + "Standards allow-list (kernel.shm_rmid_forced, net.ipv4.ip_local_port_range, ...).",
    references = {"PSS baseline: Sysctls"},
    aliases = {"KSV-0026"})
public final class UnsafeSysctl implements WorkloadRule {

  /** The Pod Security Standards safe list at Kubernetes 1.37, the latest policy version. */
  static final Set<String> SAFE = Set.of(
      "kernel.shm_rmid_forced",
      "net.ipv4.ip_local_port_range",
      "net.ipv4.tcp_syncookies",
      "net.ipv4.ping_group_range",
      "net.ipv4.ip_unprivileged_port_start",
      "net.ipv4.ip_local_reserved_ports",
      "net.ipv4.tcp_keepalive_time",
      "net.ipv4.tcp_fin_timeout",
      "net.ipv4.tcp_keepalive_intvl",
      "net.ipv4.tcp_keepalive_probes",
      "net.ipv4.tcp_rmem",
      "net.ipv4.tcp_wmem",
      "net.ipv4.tcp_slow_start_after_idle",
      "net.ipv4.tcp_notsent_lowat");

  @Override
  public List<Violation> check(Workload w) {
    List<Violation> out = new ArrayList<>();
    for (Sysctl s : w.isolation().sysctls()) {
      // The kernel accepts "/" as a separator too: net/ipv4/tcp_syncookies is the same parameter.
      String name = s.name().replace('/', '.');
      if (SAFE.contains(name)) {
        continue;
      }
      String namespace = containedIn(w, name);
      out.add(namespace == null
          ? Violation.at(s.source(), "sets unsafe sysctl %s=%s", s.name(), s.value())
          : Violation.at(s.source(), "sets sysctl %s=%s, outside the Kubernetes safe list but confined to the "
              + "container's own %s namespace", s.name(), s.value(), namespace).withSeverity(Severity.LOW));
    }
    return out;
  }

  /**
   * Docker and Podman accept only namespaced sysctls (net.*, and the IPC ones kernel.msg*, kernel.sem,
   * kernel.shm*, fs.mqueue.*), each confined to the container's own namespace unless that namespace
   * is the host's. Kubernetes has no such guarantee for what its safe list leaves out (the kubelet
   * may allow node-wide ones), so there every sysctl outside the list stays HIGH.
   */
  private static String containedIn(Workload w, String name) {
    if (w.platform() == Platform.KUBERNETES) {
      return null;
    }
    if (name.startsWith("net.") && !Setting.isTrue(w.namespaces().hostNetwork())) {
      return "network";
    }
    boolean ipc = name.startsWith("kernel.msg") || name.equals("kernel.sem") || name.startsWith("kernel.shm")
        || name.startsWith("fs.mqueue.");
    return ipc && !Setting.isTrue(w.namespaces().hostIpc()) ? "IPC" : null;
  }
}
