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
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Flags capabilities that open well-known escape or host-takeover routes. */
@RuleInfo(
    id = "dangerous-capability",
    layer = Layer.FILTERING,
    severity = Severity.HIGH,
    summary = "Container is granted a dangerous capability",
    description = "Some capabilities are enough on their own to leave the container or take over the host: "
        + "SYS_ADMIN (mount, cgroup release_agent, namespaces), SYS_MODULE (load kernel code), SYS_PTRACE "
        + "(inject into processes), DAC_READ_SEARCH (open host files by handle), NET_ADMIN, BPF and others.",
    remediation = "Remove the capability from capabilities.add / cap_add / --cap-add. If a tool really "
        + "needs it, run that tool in a separate, short-lived, tightly scoped workload.",
    references = {"CIS Docker 5.4", "PSS baseline: Capabilities"},
    aliases = {"KSV-0005", "KSV-0022", "C-0046", "CKV_K8S_39"})
public final class DangerousCapability implements ContainerRule {

  /** Each dangerous capability with the reason it is dangerous. */
  static final Map<String, String> DANGEROUS = Map.ofEntries(
      Map.entry("ALL", "every capability"),
      Map.entry("SYS_ADMIN", "mount, namespaces and cgroup release_agent escapes"),
      Map.entry("SYS_MODULE", "loads kernel modules"),
      Map.entry("SYS_PTRACE", "traces and injects into other processes"),
      Map.entry("SYS_RAWIO", "raw I/O ports and device memory"),
      Map.entry("DAC_READ_SEARCH", "opens host files by handle (shocker)"),
      Map.entry("NET_ADMIN", "reconfigures networking and firewall"),
      Map.entry("BPF", "loads BPF programs into the kernel"),
      Map.entry("PERFMON", "kernel performance monitoring and profiling"),
      Map.entry("SYS_BOOT", "reboots the host"),
      Map.entry("MAC_ADMIN", "changes AppArmor/SELinux policy"),
      Map.entry("MAC_OVERRIDE", "bypasses mandatory access control"),
      Map.entry("SYSLOG", "reads kernel logs with addresses"),
      Map.entry("SYS_TIME", "sets the host clock"));

  private static final Set<String> CRITICAL = Set.of("ALL", "SYS_ADMIN", "SYS_MODULE");

  @Override
  public List<Violation> check(Workload w, Container c) {
    List<Violation> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    Capabilities caps = c.isolation().capabilities();
    for (Setting<String> added : caps.add()) {
      String name = Capabilities.normalize(added.value());
      String why = DANGEROUS.get(name);
      if (why == null || !seen.add(name)) {
        continue;
      }
      Violation v = Violation.at(added.source(), "%s adds %s (%s)", Subject.of(c),
          "ALL".equals(name) ? "ALL capabilities" : "CAP_" + name, why);
      out.add(CRITICAL.contains(name) ? v.withSeverity(Severity.CRITICAL) : v);
    }
    // Sets reported by the engine or an OCI config (Podman inspect, config.json) show capabilities
    // that no add list names. A privileged container holds them all; privileged-container says so.
    if (caps.isReported() && !Setting.isTrue(c.isolation().privileged())) {
      for (Setting<String> held : caps.reported()) {
        String name = Capabilities.normalize(held.value());
        String why = DANGEROUS.get(name);
        if (why == null || !seen.add(name)) {
          continue;
        }
        Violation v = Violation.at(held.source(), "%s holds CAP_%s (%s)", Subject.of(c), name, why);
        out.add(CRITICAL.contains(name) ? v.withSeverity(Severity.CRITICAL) : v);
      }
    }
    return out;
  }
}
