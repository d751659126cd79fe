package dev.moat.model;

import java.util.List;
import java.util.Map;

/**
 * The unit Moat judges: a Kubernetes pod-bearing object, a Compose service, a container from a
 * run command, inspect output or an OCI bundle. Every input format produces this same shape.
 *
 * @param source where the object starts
 * @param annotations the pod's annotations (for a template: the template's), each with its line
 */
public record Workload(
    ObjectRef ref,
    Platform platform,
    Source source,
    WorkloadIsolation isolation,
    List<Container> containers,
    List<Volume> volumes,
    Map<String, Setting<String>> annotations,
    List<Suppression> suppressions) {

  public Workload {
    containers = List.copyOf(containers);
    volumes = List.copyOf(volumes);
    annotations = Map.copyOf(annotations);
    suppressions = List.copyOf(suppressions);
  }

  /** The same workload with other containers (after a join such as the image's USER). */
  public Workload withContainers(List<Container> newContainers) {
    return new Workload(ref, platform, source, isolation, newContainers, volumes, annotations, suppressions);
  }

  public Namespaces namespaces() {
    return isolation.namespaces();
  }
}
