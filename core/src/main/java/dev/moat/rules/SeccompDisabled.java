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

/** Flags containers whose seccomp filter is switched off. */
@RuleInfo(
    id = "seccomp-disabled",
    layer = Layer.FILTERING,
    severity = Severity.HIGH,
    summary = "Seccomp is disabled",
    description = "The runtime's default seccomp profile blocks the system calls most kernel exploits "
        + "need (unshare, keyctl, bpf, userfaultfd, io_uring, mount, ...). CVE-2022-0492, CVE-2022-0185 "
        + "and many others were blocked by it. Unconfined exposes the whole kernel.",
    remediation = "Use the runtime default: seccompProfile.type: RuntimeDefault (Kubernetes), remove "
        + "seccomp=unconfined from security_opt / --security-opt, or give a Localhost profile built for "
        + "the application.",
    references = {"CIS Docker 5.22", "PSS baseline: Seccomp"},
    aliases = {"KSV-0104", "C-0055"})
public final class SeccompDisabled implements ContainerRule {

  @Override
  public List<Violation> check(Workload w, Container c) {
    Setting<Profile> s = c.isolation().seccomp();
    if (!s.isKnown() || !s.value().isUnconfined()) {
      return List.of();
    }
    return List.of(Violation.at(s.source(), "%s runs without a seccomp filter (%s)%s",
        Subject.of(c), s.value().raw(), Subject.origin(s)));
  }
}
