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

/** Flags host mounts of system directories, their subdirectories and their parents. */
@RuleInfo(
    id = "sensitive-host-path",
    layer = Layer.SEGMENTATION,
    severity = Severity.HIGH,
    summary = "Mounts a sensitive host path",
    description = "System directories of the host (/, /etc, /root, /proc, /sys, /dev, /boot, /var/lib/kubelet, "
        + "/var/lib/docker, /var/log, /run, ...) hold credentials, configuration, runtime state and "
        + "kernel interfaces. Writing to /etc or /root takes over the host; /proc and /sys reach the "
        + "kernel. Mounting a parent such as /var exposes everything below it.",
    remediation = "Do not mount system directories. Mount only the specific file or directory needed, "
        + "read-only; prefer a ConfigMap, Secret or a dedicated volume.",
    references = {"CIS Docker 5.6", "PSS baseline: HostPath Volumes"},
    aliases = {"KSV-0121", "C-0045"},
    supersedes = {"host-path-mount"})
public final class SensitiveHostPath implements ContainerRule {

  @Override
  public List<Violation> check(Workload w, Container c) {
    List<Violation> out = new ArrayList<>();
    for (Mount m : c.mounts()) {
      if (!m.isHostPath()) {
        continue;
      }
      String path = HostPaths.normalize(m.hostPath());
      String match = HostPaths.sensitiveMatch(path);
      if (match == null) {
        continue;
      }
      // Name the normalised path: "/var/../etc" alone would not show why it is sensitive.
      List<String> notes = new ArrayList<>();
      if (!path.equals(match)) {
        notes.add((match.startsWith(path + "/") || "/".equals(path) ? "contains " : "below ") + match);
      }
      if (!m.hostPath().equals(path) && !m.hostPath().equals(path + "/")) {
        notes.add("written as " + m.hostPath());
      }
      Violation v = Violation.at(m.hostPathSource() != null ? m.hostPathSource() : m.source(),
          "%s mounts sensitive host path %s%s at %s%s", Subject.of(c), path,
          notes.isEmpty() ? "" : " (" + String.join("; ", notes) + ")",
          m.containerPath(), m.isWritable() ? ", writable" : ", read-only");
      if ("/".equals(path)) {
        v = Violation.at(v.source(), "%s mounts the host's root filesystem at %s%s: every host file and "
            + "the runtime sockets under /run are reachable", Subject.of(c), m.containerPath(),
            m.isWritable() ? ", writable" : " (read-only does not stop connecting to sockets)");
        v = v.withSeverity(Severity.CRITICAL);
      } else if (m.isWritable() && HostPaths.CRITICAL_WHEN_WRITABLE.contains(path)) {
        v = v.withSeverity(Severity.CRITICAL);
      }
      out.add(v);
    }
    return out;
  }
}
