package dev.moat.rules;

import dev.moat.model.Container;
import dev.moat.model.Setting;
import dev.moat.model.Workload;
import dev.moat.rule.ContainerRule;
import dev.moat.rule.Layer;
import dev.moat.rule.RuleInfo;
import dev.moat.rule.Severity;
import dev.moat.rule.Violation;
import dev.moat.rule.WorkloadRule;
import java.util.ArrayList;
import java.util.List;

/** Flags containers whose primary group is GID 0. */
@RuleInfo(
    id = "root-group",
    layer = Layer.PRIVILEGE,
    severity = Severity.LOW,
    summary = "Container runs with the root group",
    description = "GID 0 grants access to every file owned by group root that is group-readable or "
        + "-writable, on the image and on any host path mounted into the container.",
    remediation = "Set a non-zero group: runAsGroup: 10001 (Kubernetes), user: \"10001:10001\" (Compose), "
        + "--user 10001:10001 (docker/podman run).",
    references = {"PSS restricted: Running as Non-root user"},
    aliases = {"KSV-0116"})
public final class RootGroup implements ContainerRule, WorkloadRule {

  @Override
  public List<Violation> check(Workload w, Container c) {
    Setting<Long> gid = c.isolation().identity().runAsGroup();
    return gid.is(0L) && !Windows.isWindowsPod(w)
        ? List.of(Violation.at(gid.source(), "%s runs with group 0 (root)%s", Subject.of(c), Subject.origin(gid)))
        : List.of();
  }

  /** A supplementary group 0 gives every container of the pod root's group too. */
  @Override
  public List<Violation> check(Workload w) {
    List<Violation> out = new ArrayList<>();
    for (Setting<Long> g : w.isolation().podDefaults().supplementalGroups()) {
      if (g.is(0L)) {
        out.add(Violation.at(g.source(), "supplementalGroups includes group 0 (root) for every container"));
      }
    }
    return out;
  }
}
