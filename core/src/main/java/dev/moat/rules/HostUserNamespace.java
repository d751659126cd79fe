package dev.moat.rules;

import dev.moat.model.Namespaces;
import dev.moat.model.Setting;
import dev.moat.model.Workload;
import dev.moat.rule.Layer;
import dev.moat.rule.RuleInfo;
import dev.moat.rule.Severity;

/** Flags workloads that run in the host's user namespace, where container root is host root. */
@RuleInfo(
    id = "host-user-namespace",
    layer = Layer.PRIVILEGE,
    severity = Severity.LOW,
    summary = "Runs in the host's user namespace",
    description = "Without a user namespace, UID 0 in the container is UID 0 on the host: any escape "
        + "lands as root. A user namespace maps container root to an unprivileged host user, which "
        + "blocks runc CVE-2019-5736, block-device mounts and most capability abuse. The rule stays silent "
        + "when the workload already shares the host's PID, network or IPC namespace: a user namespace "
        + "cannot be combined with them, so that finding is the one to fix first.",
    remediation = "Kubernetes 1.33+: spec.hostUsers: false. Docker: run rootless or enable userns-remap "
        + "and drop --userns host. Podman: run rootless or use --userns auto.",
    references = {"CIS Docker 5.31", "CIS Docker 2.9"})
public final class HostUserNamespace extends HostNamespaceRule {

  public HostUserNamespace() {
    super(Namespaces::hostUser, "runs in the host's user namespace: root in the container is root on the host");
  }

  /**
   * User namespaces are Linux-only: the API server refuses hostUsers on Windows pods. Nor can a pod
   * (or container) that shares the host's network, PID or IPC namespace have a user namespace of
   * its own: the host-namespace finding is the one to fix first.
   */
  @Override
  boolean applies(Workload w) {
    Namespaces ns = w.namespaces();
    boolean sharesHost = Setting.isTrue(ns.hostNetwork()) || Setting.isTrue(ns.hostPid()) || Setting.isTrue(ns.hostIpc());
    return !Windows.isWindowsPod(w) && !sharesHost;
  }
}
