package dev.moat.input;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The configuration formats Moat reads; each one fills the same model. */
public enum InputFormat {
  KUBERNETES("kubernetes", "Kubernetes manifests (YAML or JSON)"),
  COMPOSE("compose", "Docker Compose files"),
  RUN("run", "docker/podman run and create command lines (also in shell scripts and systemd units)"),
  INSPECT("inspect", "docker inspect / podman inspect output for containers"),
  OCI("oci", "OCI runtime bundle config.json"),
  DOCKERFILE("dockerfile", "Dockerfiles and Containerfiles");

  private final String id;
  private final String description;

  InputFormat(String id, String description) {
    this.id = id;
    this.description = description;
  }

  public String id() {
    return id;
  }

  public String description() {
    return description;
  }

  public static InputFormat parse(String text) {
    String wanted = text.trim().toLowerCase(Locale.ROOT);
    for (InputFormat f : values()) {
      if (f.id.equals(wanted) || ("k8s".equals(wanted) && f == KUBERNETES)) {
        return f;
      }
    }
    throw new IllegalArgumentException("unknown input format '" + text + "' (expected one of: " + ids() + ")");
  }

  public static String ids() {
    return Arrays.stream(values()).map(InputFormat::id).collect(Collectors.joining(", "));
  }
}
