package dev.moat.standard.pss;

import dev.moat.model.Setting;
import dev.moat.model.Workload;
import dev.moat.rule.Layer;
import dev.moat.rule.RuleMeta;
import dev.moat.rule.Severity;
import java.util.List;

/**
 * The shared metadata of a Pod Security Standards control. Controls mirror the Pod Security
 * Admission checks field by field, at the latest policy version (Kubernetes 1.37): exact strings,
 * no normalisation, pod-level and container-level fields judged where they are written.
 */
abstract class PssControl {

  private final RuleMeta meta;

  PssControl(String id, String level, String title, String checkId, Layer layer, String summary,
      String remediation) {
    this.meta = new RuleMeta(id, layer, Severity.HIGH, summary,
        "Pod Security Standards " + level + " control \"" + title + "\" (Pod Security Admission check "
            + checkId + "), as Kubernetes enforces it at the latest policy version ("
            + PodSecurityStandards.VERSION + ").",
        remediation, List.of("PSS " + level + ": " + title,
            "https://kubernetes.io/docs/concepts/security/pod-security-standards/"),
        List.of(checkId), List.of(), "PSS " + level + ": " + title + " (" + checkId + ")");
  }

  public RuleMeta meta() {
    return meta;
  }

  /** A pod with spec.hostUsers: false runs in its own user namespace. */
  static boolean userNamespacePod(Workload w) {
    Setting<Boolean> hostUsers = w.namespaces().hostUser();
    return hostUsers.isExplicit() && Boolean.FALSE.equals(hostUsers.value());
  }

  /** spec.os.name is exactly "windows". */
  static boolean windowsPod(Workload w) {
    return w.isolation().os().is("windows");
  }
}
