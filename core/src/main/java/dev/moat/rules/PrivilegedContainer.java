package dev.moat.rules;

import dev.moat.model.Container;
import dev.moat.model.Setting;
import dev.moat.model.Workload;
import dev.moat.rule.ContainerRule;
import dev.moat.rule.Layer;
import dev.moat.rule.RuleInfo;
import dev.moat.rule.Severity;
import dev.moat.rule.Violation;
import java.util.List;

/** Flags privileged containers: they get every device and capability of the host. */
@RuleInfo(
    id = "privileged-container",
    layer = Layer.FILTERING,
    severity = Severity.CRITICAL,
    summary = "Container runs privileged",
    description = "A privileged container gets every capability, every host device, no seccomp filter, "
        + "no AppArmor or SELinux confinement and a writable /sys. Mounting the host disk or loading a "
        + "kernel module is then one command away: privileged is the most common way out of a container.",
    remediation = "Remove privileged: true (Kubernetes, Compose) or --privileged (docker/podman run); "
        + "grant only the capabilities the process needs with capabilities.add / --cap-add.",
    references = {"CIS Docker 5.5", "PSS baseline: Privileged Containers"},
    aliases = {"KSV-0017", "C-0057", "CKV_K8S_16"})
public final class PrivilegedContainer implements ContainerRule {

  @Override
  public List<Violation> check(Workload w, Container c) {
    Setting<Boolean> p = c.isolation().privileged();
    return Setting.isTrue(p)
        ? List.of(Violation.at(p.source(), "%s runs privileged: all capabilities and host devices, "
            + "no seccomp or MAC confinement", Subject.of(c)))
        : List.of();
  }
}
