package dev.moat.model;

/**
 * The engine family whose defaults apply to a workload. Defaults differ: Docker keeps 14
 * capabilities and its seccomp profile; Podman keeps 11; Kubernetes leaves seccomp Unconfined.
 */
public enum Platform {
  KUBERNETES("Kubernetes"),
  DOCKER("Docker"),
  PODMAN("Podman"),
  OCI("OCI runtime");

  private final String displayName;

  Platform(String displayName) {
    this.displayName = displayName;
  }

  public String displayName() {
    return displayName;
  }
}
