package dev.moat.rules;

import dev.moat.model.Container;
import dev.moat.model.Mount;
import dev.moat.model.Volume;
import dev.moat.model.Workload;
import dev.moat.rule.ContainerRule;
import dev.moat.rule.Layer;
import dev.moat.rule.RuleInfo;
import dev.moat.rule.Severity;
import dev.moat.rule.Violation;
import dev.moat.rule.WorkloadRule;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Flags every host directory or file mounted into a container, and hostPath volumes that no
 * container mounts yet (an ephemeral debug container could still mount them).
 */
@RuleInfo(
    id = "host-path-mount",
    layer = Layer.SEGMENTATION,
    severity = Severity.MEDIUM,
    summary = "Mounts a path from the host",
    description = "A host mount punches through the mount namespace: files the container writes land on "
        + "the node, and symlink tricks in writable host mounts have led to host file access "
        + "(e.g. /var/log escapes through the kubelet).",
    remediation = "Use a volume type that does not reach the host (emptyDir, configMap, a "
        + "PersistentVolumeClaim, a named volume); if a host path is unavoidable mount it read-only and "
        + "as narrowly as possible.",
    references = {"PSS baseline: HostPath Volumes"},
    aliases = {"KSV-0023", "C-0048"})
public final class HostPathMount implements ContainerRule, WorkloadRule {

  @Override
  public List<Violation> check(Workload w, Container c) {
    List<Violation> out = new ArrayList<>();
    for (Mount m : c.mounts()) {
      if (m.isHostPath()) {
        out.add(Violation.at(m.hostPathSource() != null ? m.hostPathSource() : m.source(),
            "%s mounts host path %s at %s%s", Subject.of(c), m.hostPath(), m.containerPath(),
            m.isWritable() ? " (writable)" : " (read-only)"));
      }
    }
    return out;
  }

  @Override
  public List<Violation> check(Workload w) {
    Set<String> mounted = new HashSet<>();
    for (Container c : w.containers()) {
      for (Mount m : c.mounts()) {
        if (m.volumeName() != null) {
          mounted.add(m.volumeName());
        }
      }
    }
    List<Violation> out = new ArrayList<>();
    for (Volume v : w.volumes()) {
      if (v.isHostPath() && !mounted.contains(v.name())) {
        out.add(Violation.at(v.hostPathSource() != null ? v.hostPathSource() : v.source(),
            "hostPath volume '%s' (%s) is declared but mounted by no container; an ephemeral debug "
                + "container could still mount it", v.name(), v.hostPath()));
      }
    }
    return out;
  }
}
