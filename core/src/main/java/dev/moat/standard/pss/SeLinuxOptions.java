package dev.moat.standard.pss;

import dev.moat.model.Container;
import dev.moat.model.SeLinux;
import dev.moat.model.Setting;
import dev.moat.model.Workload;
import dev.moat.rule.ContainerRule;
import dev.moat.rule.Layer;
import dev.moat.rule.Violation;
import dev.moat.rule.WorkloadRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Baseline: seLinuxOptions type must be a container type (or empty); user and role must be empty. */
final class SeLinuxOptions extends PssControl implements WorkloadRule, ContainerRule {

  /** Allowed at the latest version (container_engine_t since 1.31). */
  static final Set<String> TYPES =
      Set.of("", "container_t", "container_init_t", "container_kvm_t", "container_engine_t");

  SeLinuxOptions() {
    super("pss-selinux", "baseline", "SELinux", "seLinuxOptions", Layer.FILTERING,
        "SELinux options are overridden",
        "Leave seLinuxOptions.user and .role empty and use type container_t, container_init_t, "
            + "container_kvm_t or container_engine_t (or none).");
  }

  @Override
  public List<Violation> check(Workload w) {
    Setting<SeLinux> pod = w.isolation().podDefaults().seLinux();
    return pod.isKnown() ? judge(pod, "pod") : List.of();
  }

  @Override
  public List<Violation> check(Workload w, Container c) {
    Setting<SeLinux> s = c.isolation().seLinux();
    return s.isExplicit() ? judge(s, "container \"" + c.name() + "\"") : List.of();
  }

  private static List<Violation> judge(Setting<SeLinux> s, String who) {
    SeLinux o = s.value();
    List<String> bad = new ArrayList<>();
    if (!TYPES.contains(o.type())) {
      bad.add("type \"" + o.type() + "\"");
    }
    if (!o.user().isEmpty()) {
      bad.add("user \"" + o.user() + "\"");
    }
    if (!o.role().isEmpty()) {
      bad.add("role \"" + o.role() + "\"");
    }
    return bad.isEmpty() ? List.of()
        : List.of(Violation.at(s.source(), "seLinuxOptions: %s must not set %s", who, String.join(", ", bad)));
  }
}
