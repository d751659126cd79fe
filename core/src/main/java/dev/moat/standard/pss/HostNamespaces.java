package dev.moat.standard.pss;

import dev.moat.model.Namespaces;
import dev.moat.model.Setting;
import dev.moat.model.Workload;
import dev.moat.rule.Layer;
import dev.moat.rule.Violation;
import dev.moat.rule.WorkloadRule;
import java.util.ArrayList;
import java.util.List;

/** Baseline: hostNetwork, hostPID and hostIPC must be unset or false. */
final class HostNamespaces extends PssControl implements WorkloadRule {

  HostNamespaces() {
    super("pss-host-namespaces", "baseline", "Host Namespaces", "hostNamespaces", Layer.SEGMENTATION,
        "Pod shares host namespaces", "Remove hostNetwork, hostPID and hostIPC (or set them to false).");
  }

  @Override
  public List<Violation> check(Workload w) {
    Namespaces ns = w.namespaces();
    List<Violation> out = new ArrayList<>();
    add(out, ns.hostNetwork(), "hostNetwork");
    add(out, ns.hostPid(), "hostPID");
    add(out, ns.hostIpc(), "hostIPC");
    return out;
  }

  private static void add(List<Violation> out, Setting<Boolean> s, String field) {
    if (Setting.isTrue(s)) {
      out.add(Violation.at(s.source(), "host namespaces: %s=true", field));
    }
  }
}
