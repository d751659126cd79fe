package dev.moat.model;

import java.util.List;

/**
 * A pod-level volume. {@code sourceKinds} lists every volume source field present (normally one:
 * "hostPath", "emptyDir", "configMap", ...), which the Pod Security Standards judge; {@code kind}
 * is what a mount of it gives the container.
 */
public record Volume(
    String name,
    List<String> sourceKinds,
    MountKind kind,
    String hostPath,
    Source source,
    Source hostPathSource) {

  public Volume {
    sourceKinds = List.copyOf(sourceKinds);
  }

  public boolean isHostPath() {
    return kind == MountKind.HOST_PATH;
  }
}
