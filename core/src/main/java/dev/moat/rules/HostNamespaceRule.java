package dev.moat.rules;

import dev.moat.model.Namespaces;
import dev.moat.model.Setting;
import dev.moat.model.Workload;
import dev.moat.rule.Violation;
import dev.moat.rule.WorkloadRule;
import java.util.List;
import java.util.function.Function;

/** The shared shape of the five host-namespace rules: one namespace, one consequence. */
abstract class HostNamespaceRule implements WorkloadRule {

  private final Function<Namespaces, Setting<Boolean>> namespace;
  private final String consequence;

  HostNamespaceRule(Function<Namespaces, Setting<Boolean>> namespace, String consequence) {
    this.namespace = namespace;
    this.consequence = consequence;
  }

  @Override
  public final List<Violation> check(Workload w) {
    Setting<Boolean> s = namespace.apply(w.namespaces());
    return Setting.isTrue(s) && applies(w) ? List.of(Violation.at(s.source(), consequence + why(w, s))) : List.of();
  }

  /** False where the namespace cannot be chosen at all, so a finding could not be fixed. */
  boolean applies(Workload w) {
    return true;
  }

  /** Added to the message when the value is implied by another setting rather than written. */
  String why(Workload w, Setting<Boolean> s) {
    return "";
  }
}
