package dev.moat.model;

import java.util.Set;

/**
 * The capability sets engines grant when nothing is added or dropped (checks.md, escape-kb.md
 * 0.2). Kubernetes on containerd uses the Docker set; CRI-O uses a smaller one, which a manifest
 * cannot show, so Kubernetes workloads are judged with the containerd set.
 */
public final class DefaultCapabilities {

  /** Docker, Moby and containerd: 14 capabilities. */
  public static final Set<String> DOCKER = Set.of(
      "CHOWN", "DAC_OVERRIDE", "FSETID", "FOWNER", "MKNOD", "NET_RAW", "SETGID", "SETUID",
      "SETFCAP", "SETPCAP", "NET_BIND_SERVICE", "SYS_CHROOT", "KILL", "AUDIT_WRITE");

  /** Podman 4.x and later (containers.conf default): 11, without NET_RAW, MKNOD, AUDIT_WRITE. */
  public static final Set<String> PODMAN = Set.of(
      "CHOWN", "DAC_OVERRIDE", "FOWNER", "FSETID", "KILL", "NET_BIND_SERVICE", "SETFCAP",
      "SETGID", "SETPCAP", "SETUID", "SYS_CHROOT");

  /** Kubernetes pods on containerd, the most common CRI runtime. */
  public static final Set<String> KUBERNETES = DOCKER;

  private DefaultCapabilities() {}
}
