package dev.moat.standard.pss;

import dev.moat.model.Container;
import dev.moat.model.Profile;
import dev.moat.model.Setting;
import dev.moat.model.Workload;
import dev.moat.rule.ContainerRule;
import dev.moat.rule.Layer;
import dev.moat.rule.Violation;
import dev.moat.rule.WorkloadRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Baseline: appArmorProfile fields (pod and container) must be RuntimeDefault or Localhost, and
 * every container.apparmor.security.beta.kubernetes.io/* annotation must be empty,
 * runtime/default or localhost/*. Annotations are judged whatever container they name.
 */
final class AppArmor extends PssControl implements WorkloadRule, ContainerRule {

  static final String ANNOTATION_PREFIX = "container.apparmor.security.beta.kubernetes.io/";

  AppArmor() {
    super("pss-apparmor", "baseline", "AppArmor", "appArmorProfile", Layer.FILTERING,
        "AppArmor profile is overridden",
        "Use appArmorProfile.type RuntimeDefault or Localhost (or the annotation values runtime/default or localhost/<profile>).");
  }

  @Override
  public List<Violation> check(Workload w) {
    List<Violation> out = new ArrayList<>();
    Setting<Profile> pod = w.isolation().podDefaults().appArmor();
    if (pod.isKnown() && !allowedType(pod.value().raw())) {
      out.add(Violation.at(pod.source(), "forbidden AppArmor profile: pod must not set AppArmor profile type to \"%s\"",
          pod.value().raw()));
    }
    for (Map.Entry<String, Setting<String>> a : w.annotations().entrySet()) {
      String value = a.getValue().value();
      if (a.getKey().startsWith(ANNOTATION_PREFIX) && !allowedAnnotation(value)) {
        out.add(Violation.at(a.getValue().source(), "forbidden AppArmor profile: annotation %s must not be \"%s\"",
            a.getKey(), value));
      }
    }
    return out;
  }

  @Override
  public List<Violation> check(Workload w, Container c) {
    Setting<Profile> s = c.isolation().appArmor();
    if (s.isExplicit() && !allowedType(s.value().raw())) {
      return List.of(Violation.at(s.source(), "forbidden AppArmor profile: container \"%s\" must not set AppArmor "
          + "profile type to \"%s\"", c.name(), s.value().raw()));
    }
    return List.of();
  }

  private static boolean allowedType(String type) {
    return "RuntimeDefault".equals(type) || "Localhost".equals(type);
  }

  private static boolean allowedAnnotation(String value) {
    return value.isEmpty() || "runtime/default".equals(value) || value.startsWith("localhost/");
  }
}
