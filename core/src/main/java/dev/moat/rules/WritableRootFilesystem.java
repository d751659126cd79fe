package dev.moat.rules;

import dev.moat.model.Container;
import dev.moat.model.Platform;
import dev.moat.model.Setting;
import dev.moat.model.Workload;
import dev.moat.rule.ContainerRule;
import dev.moat.rule.Layer;
import dev.moat.rule.RuleInfo;
import dev.moat.rule.Severity;
import dev.moat.rule.Violation;
import java.util.List;

/** Flags containers whose root filesystem can be written. */
@RuleInfo(
    id = "writable-root-filesystem",
    layer = Layer.FILTERING,
    severity = Severity.LOW,
    summary = "Root filesystem is writable",
    description = "A writable root filesystem lets an attacker drop tools, replace binaries and persist "
        + "inside the container. A read-only root with explicit writable volumes for data makes the "
        + "image immutable at run time.",
    remediation = "Kubernetes: securityContext.readOnlyRootFilesystem: true (mount an emptyDir where the "
        + "app writes). Docker/Podman: --read-only (Compose: read_only: true) with --tmpfs for scratch space.",
    references = {"CIS Docker 5.13"},
    aliases = {"KSV-0014", "C-0017", "CKV_K8S_22"})
public final class WritableRootFilesystem implements ContainerRule {

  @Override
  public List<Violation> check(Workload w, Container c) {
    Setting<Boolean> ro = c.isolation().readOnlyRootFilesystem();
    if (Setting.isTrue(ro) || Windows.isWindowsPod(w)) {
      return List.of(); // a Windows pod may not set readOnlyRootFilesystem
    }
    String why = w.platform() == Platform.KUBERNETES
        ? (ro.isWritten() ? "readOnlyRootFilesystem is false" : "readOnlyRootFilesystem is not set")
        : "the root filesystem is not mounted read-only";
    return List.of(Violation.at(ro.source(), "%s has a writable root filesystem: %s", Subject.of(c), why));
  }
}
