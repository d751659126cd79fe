package dev.moat.rules;

import dev.moat.model.Container;
import dev.moat.model.Profile;
import dev.moat.model.Setting;
import dev.moat.model.Workload;
import dev.moat.rule.ContainerRule;
import dev.moat.rule.Layer;
import dev.moat.rule.RuleInfo;
import dev.moat.rule.Severity;
import dev.moat.rule.Violation;
import java.util.List;

/** Flags containers that run without AppArmor confinement. */
@RuleInfo(
    id = "apparmor-disabled",
    layer = Layer.FILTERING,
    severity = Severity.MEDIUM,
    summary = "AppArmor is disabled",
    description = "On hosts with AppArmor the runtime's default profile denies mount, writes to /proc "
        + "and /sys and access to sensitive kernel interfaces; it closed several escapes (e.g. the "
        + "cgroup release_agent route) even when capabilities were granted. Unconfined removes it.",
    remediation = "Remove the Unconfined profile: appArmorProfile.type: RuntimeDefault (Kubernetes 1.30+), "
        + "the annotation container.apparmor.security.beta.kubernetes.io/<name>: runtime/default, or drop "
        + "apparmor=unconfined from --security-opt / security_opt.",
    references = {"CIS Docker 5.2", "PSS baseline: AppArmor"},
    aliases = {"KSV-0002"})
public final class AppArmorDisabled implements ContainerRule {

  @Override
  public List<Violation> check(Workload w, Container c) {
    Setting<Profile> s = c.isolation().appArmor();
    if (!s.isKnown() || !s.value().isUnconfined()) {
      return List.of();
    }
    return List.of(Violation.at(s.source(), "%s runs with AppArmor unconfined%s", Subject.of(c), Subject.origin(s)));
  }
}
