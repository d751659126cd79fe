package dev.moat.rules;

import dev.moat.model.Container;
import dev.moat.model.Mount;
import dev.moat.model.Workload;
import dev.moat.rule.ContainerRule;
import dev.moat.rule.Layer;
import dev.moat.rule.RuleInfo;
import dev.moat.rule.Severity;
import dev.moat.rule.Violation;
import java.util.ArrayList;
import java.util.List;

/** Flags mounts of container runtime API sockets, or of directories holding them. */
@RuleInfo(
    id = "container-runtime-socket",
    layer = Layer.SEGMENTATION,
    severity = Severity.CRITICAL,
    summary = "Mounts a container runtime API socket",
    description = "Whoever can talk to docker.sock, containerd.sock, crio.sock, podman.sock or "
        + "buildkitd.sock can start a privileged container with the host's root mounted: access to the "
        + "socket is root on the host. A read-only mount does not help, since connecting to a socket is "
        + "not a write.",
    remediation = "Do not mount runtime sockets into workloads. For CI builds use rootless BuildKit, "
        + "Kaniko-style builders or a remote builder; for monitoring use a read-only API proxy that "
        + "allows only the calls needed.",
    references = {"CIS Docker 5.32"},
    aliases = {"KSV-0006", "C-0074", "CKV_K8S_27"},
    supersedes = {"host-path-mount", "sensitive-host-path"})
public final class ContainerRuntimeSocket implements ContainerRule {

  @Override
  public List<Violation> check(Workload w, Container c) {
    List<Violation> out = new ArrayList<>();
    for (Mount m : c.mounts()) {
      if (!m.isHostPath()) {
        continue;
      }
      String what = HostPaths.runtimeSocket(HostPaths.normalize(m.hostPath()));
      if (what != null) {
        out.add(Violation.at(m.hostPathSource() != null ? m.hostPathSource() : m.source(),
            "%s mounts %s (%s) at %s: control of the container runtime is root on the host%s",
            Subject.of(c), m.hostPath(), what, m.containerPath(),
            m.isWritable() ? "" : "; read-only does not prevent connect()"));
      }
    }
    return out;
  }
}
