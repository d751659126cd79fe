package dev.moat.rules;

import dev.moat.model.Container;
import dev.moat.model.Identity;
import dev.moat.model.Origin;
import dev.moat.model.Platform;
import dev.moat.model.Setting;
import dev.moat.model.Workload;
import dev.moat.rule.ContainerRule;
import dev.moat.rule.Layer;
import dev.moat.rule.RuleInfo;
import dev.moat.rule.Severity;
import dev.moat.rule.Violation;
import java.util.List;

/**
 * Flags containers that run, or may run, as UID 0. When the input cannot tell (no runAsUser, no
 * runAsNonRoot: the image's USER decides), the finding says so at LOW severity; when the engine
 * picks the user itself (podman --userns keep-id: the user who runs podman), it says who, at LOW.
 */
@RuleInfo(
    id = "runs-as-root",
    layer = Layer.PRIVILEGE,
    severity = Severity.MEDIUM,
    summary = "Container runs as root",
    description = "Root in a container is root on the host's kernel: it owns every file the container "
        + "can reach, keeps capabilities, and any escape (runc CVE-2019-5736, a host mount, a kernel bug) "
        + "lands as root on the host unless a user namespace remaps it.",
    remediation = "Run as a non-root UID: runAsNonRoot: true with runAsUser: 10001 (Kubernetes), user: "
        + "\"10001:10001\" (Compose), --user 10001:10001 (docker/podman run), and a numeric USER in the "
        + "Dockerfile.",
    references = {"CIS Docker 4.1", "PSS restricted: Running as Non-root"},
    aliases = {"KSV-0012", "KSV-0105", "C-0013", "CKV_K8S_23"})
public final class RunsAsRoot implements ContainerRule {

  @Override
  public List<Violation> check(Workload w, Container c) {
    if (Windows.isWindowsPod(w)) {
      return List.of(); // Windows users are names (runAsUserName); UIDs do not apply
    }
    Identity id = c.isolation().identity();
    Setting<Long> uid = id.runAsUser();
    boolean userNamespace = Setting.isFalse(w.namespaces().hostUser());
    if (uid.isKnown()) {
      if (uid.value() != 0) {
        return List.of();
      }
      if (uid.origin() == Origin.IMAGE) { // no user set here; a Dockerfile scanned with it gives the image's
        return Setting.isTrue(id.runAsNonRoot()) ? List.of() // the kubelet refuses to start it
            : List.of(judged(w, c, Violation.at(uid.source(), "%s runs as root: it sets no user, and the image's "
                + "USER (%s) is root", Subject.of(c), uid.source()), userNamespace));
      }
      String how = w.platform() == Platform.KUBERNETES ? "runAsUser: 0" : "UID 0";
      if (Setting.isTrue(id.runAsNonRoot())) {
        // Contradictory: the kubelet refuses to start it. Still the line to fix.
        return List.of(Violation.at(uid.source(), "%s asks for %s%s and runAsNonRoot: true at once: the kubelet "
            + "will refuse to start it", Subject.of(c), how, Subject.origin(uid)));
      }
      return List.of(judged(w, c, Violation.at(uid.source(), "%s runs as root (%s)%s", Subject.of(c), how,
          Subject.origin(uid)), userNamespace));
    }
    if (Setting.isTrue(id.runAsNonRoot())) {
      return List.of(); // the kubelet refuses to start an image whose user is root
    }
    Setting<String> name = id.userName();
    if (name.isKnown() && name.origin() == Origin.DEFAULT) {
      // the engine picks the user (podman --userns keep-id): say who, as the input cannot show the UID
      return List.of(Violation.at(name.source(), "%s runs as %s", Subject.of(c), name.value())
          .withSeverity(Severity.LOW));
    }
    if (name.isKnown()) {
      return List.of(); // a named user; only the image knows its UID, and "root" is resolved by parsers
    }
    // An explicit runAsNonRoot: false is the line to change; otherwise where runAsUser would go.
    Setting<Boolean> nonRoot = id.runAsNonRoot();
    boolean saysFalse = Setting.isFalse(nonRoot) && nonRoot.isWritten();
    String why = w.platform() != Platform.KUBERNETES ? "no user is set, so the image's USER decides"
        : saysFalse ? "runAsNonRoot is false" + Subject.origin(nonRoot) + " and no non-zero runAsUser is set, "
            + "so the image's USER decides"
        : "neither runAsNonRoot: true nor a non-zero runAsUser is set, so the image's USER decides";
    return List.of(Violation.at(saysFalse ? nonRoot.source() : uid.source(), "%s may run as root: %s",
        Subject.of(c), why).withSeverity(Severity.LOW));
  }

  /** HIGH next to privileged or a dangerous capability; LOW inside a user namespace. */
  private static Violation judged(Workload w, Container c, Violation v, boolean userNamespace) {
    if (userNamespace) {
      return new Violation(v.source(), v.message() + "; a user namespace maps it to an unprivileged host user",
          Severity.LOW);
    }
    boolean privileged = Setting.isTrue(c.isolation().privileged());
    boolean dangerous = c.isolation().capabilities().effective().stream()
        .anyMatch(DangerousCapability.DANGEROUS::containsKey);
    if (privileged || dangerous) {
      return new Violation(v.source(), v.message() + (privileged ? " and is privileged" : " with a dangerous capability"),
          Severity.HIGH);
    }
    return v;
  }
}
