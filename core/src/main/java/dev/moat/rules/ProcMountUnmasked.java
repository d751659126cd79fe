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

/** Flags containers whose /proc is not masked. */
@RuleInfo(
    id = "proc-mount-unmasked",
    layer = Layer.SEGMENTATION,
    severity = Severity.HIGH,
    summary = "/proc is not masked",
    description = "Runtimes mask parts of /proc and /sys (kcore, keys, timer_list, sched_debug, "
        + "/sys/firmware) and make others read-only (/proc/sys, sysrq-trigger). An unmasked /proc leaks "
        + "kernel memory and state and lets a privileged process change host kernel settings.",
    remediation = "Remove procMount: Unmasked (Kubernetes) or --security-opt systempaths=unconfined / "
        + "unmask=ALL (Docker/Podman).",
    references = {"PSS baseline: /proc Mount Type"},
    aliases = {"KSV-0027"})
public final class ProcMountUnmasked implements ContainerRule {

  @Override
  public List<Violation> check(Workload w, Container c) {
    Setting<String> pm = c.isolation().procMount();
    if (!pm.is("Unmasked")) {
      return List.of();
    }
    boolean userNamespace = Setting.isFalse(w.namespaces().hostUser());
    Violation v = Violation.at(pm.source(), "%s sees an unmasked /proc%s", Subject.of(c),
        userNamespace ? " (inside a user namespace, which limits what it can change)" : "");
    return List.of(userNamespace ? v.withSeverity(Severity.MEDIUM) : v);
  }
}
