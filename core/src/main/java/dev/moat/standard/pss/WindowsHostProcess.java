package dev.moat.standard.pss;

import dev.moat.model.Container;
import dev.moat.model.Setting;
import dev.moat.model.Workload;
import dev.moat.rule.ContainerRule;
import dev.moat.rule.Layer;
import dev.moat.rule.Violation;
import dev.moat.rule.WorkloadRule;
import java.util.List;

/** Baseline: windowsOptions.hostProcess must be unset or false (pod and containers). */
final class WindowsHostProcess extends PssControl implements WorkloadRule, ContainerRule {

  WindowsHostProcess() {
    super("pss-host-process", "baseline", "HostProcess", "windowsHostProcess", Layer.SEGMENTATION,
        "Windows HostProcess container", "Remove windowsOptions.hostProcess: true.");
  }

  @Override
  public List<Violation> check(Workload w) {
    Setting<Boolean> pod = w.isolation().podDefaults().windowsHostProcess();
    return Setting.isTrue(pod)
        ? List.of(Violation.at(pod.source(), "hostProcess: pod must not set securityContext.windowsOptions.hostProcess=true"))
        : List.of();
  }

  @Override
  public List<Violation> check(Workload w, Container c) {
    Setting<Boolean> s = c.isolation().windowsHostProcess();
    return s.isExplicit() && Setting.isTrue(s)
        ? List.of(Violation.at(s.source(), "hostProcess: container \"%s\" must not set "
            + "securityContext.windowsOptions.hostProcess=true", c.name()))
        : List.of();
  }
}
