package dev.moat.rules;

import dev.moat.model.Container;
import dev.moat.model.SeLinux;
import dev.moat.model.Setting;
import dev.moat.model.Workload;
import dev.moat.rule.ContainerRule;
import dev.moat.rule.Layer;
import dev.moat.rule.RuleInfo;
import dev.moat.rule.Severity;
import dev.moat.rule.Violation;
import java.util.List;
import java.util.Set;

/** Flags containers that switch SELinux separation off or pick a type outside the container domains. */
@RuleInfo(
    id = "selinux-disabled",
    layer = Layer.FILTERING,
    severity = Severity.MEDIUM,
    summary = "SELinux separation is disabled or weakened",
    description = "On SELinux hosts container processes run as container_t and can touch only files "
        + "labelled for them; this stopped runc CVE-2019-5736 and many host-mount abuses. label=disable "
        + "or a type such as spc_t (super-privileged container) lifts that.",
    remediation = "Remove label=disable / label:disable, and use a container type: container_t, "
        + "container_init_t, container_kvm_t or container_engine_t.",
    references = {"CIS Docker 5.3", "PSS baseline: SELinux"},
    aliases = {"KSV-0025"})
public final class SeLinuxDisabled implements ContainerRule {

  static final Set<String> CONTAINER_TYPES =
      Set.of("container_t", "container_init_t", "container_kvm_t", "container_engine_t");

  @Override
  public List<Violation> check(Workload w, Container c) {
    Setting<SeLinux> s = c.isolation().seLinux();
    if (!s.isKnown()) {
      return List.of();
    }
    SeLinux o = s.value();
    if (o.disabled()) {
      return List.of(Violation.at(s.source(), "%s disables SELinux labelling (label=disable)", Subject.of(c)));
    }
    if (!o.type().isEmpty() && !CONTAINER_TYPES.contains(o.type())) {
      return List.of(Violation.at(s.source(), "%s runs with SELinux type %s instead of a confined container type%s",
          Subject.of(c), o.type(), Subject.origin(s)));
    }
    return List.of();
  }
}
