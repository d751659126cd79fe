package dev.moat.model;

/**
 * A filesystem mount of a container.
 *
 * @param hostPath the host path for HOST_PATH mounts (with a Kubernetes subPath already joined),
 *     otherwise null
 * @param volumeName the Kubernetes volume or Compose named volume, if any
 * @param source where the mount is declared for this container (volumeMount, -v flag)
 * @param hostPathSource where the host path is written (hostPath.path, the bind's source)
 */
public record Mount(
    MountKind kind,
    String hostPath,
    String containerPath,
    Setting<Boolean> readOnly,
    String volumeName,
    Source source,
    Source hostPathSource) {

  public boolean isHostPath() {
    return kind == MountKind.HOST_PATH && hostPath != null;
  }

  public boolean isWritable() {
    return !Boolean.TRUE.equals(readOnly.value());
  }
}
