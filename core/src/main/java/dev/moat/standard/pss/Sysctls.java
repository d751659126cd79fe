package dev.moat.standard.pss;

import dev.moat.model.Sysctl;
import dev.moat.model.Workload;
import dev.moat.rule.Layer;
import dev.moat.rule.Violation;
import dev.moat.rule.WorkloadRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Baseline: pod sysctls must be in the safe set of the latest version (1.37), compared exactly. */
final class Sysctls extends PssControl implements WorkloadRule {

  static final Set<String> ALLOWED = Set.of(
      // 1.0
      "kernel.shm_rmid_forced", "net.ipv4.ip_local_port_range", "net.ipv4.tcp_syncookies",
      "net.ipv4.ping_group_range", "net.ipv4.ip_unprivileged_port_start",
      // 1.27
      "net.ipv4.ip_local_reserved_ports",
      // 1.29
      "net.ipv4.tcp_keepalive_time", "net.ipv4.tcp_fin_timeout", "net.ipv4.tcp_keepalive_intvl",
      "net.ipv4.tcp_keepalive_probes",
      // 1.32
      "net.ipv4.tcp_rmem", "net.ipv4.tcp_wmem",
      // 1.37
      "net.ipv4.tcp_slow_start_after_idle", "net.ipv4.tcp_notsent_lowat");

  Sysctls() {
    super("pss-sysctls", "baseline", "Sysctls", "sysctls", Layer.FILTERING,
        "Pod sets an unsafe sysctl", "Set only sysctls from the safe set, or configure the node instead.");
  }

  @Override
  public List<Violation> check(Workload w) {
    List<Violation> out = new ArrayList<>();
    for (Sysctl s : w.isolation().sysctls()) {
      if (!ALLOWED.contains(s.name())) {
        out.add(Violation.at(s.source(), "forbidden sysctls: %s", s.name()));
      }
    }
    return out;
  }
}
