package dev.moat.rules;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;

/**
 * Knows which host paths matter. Paths are normalised first ("/etc/", "//etc", "/./etc" and
 * "/var/../etc" are all "/etc"): the anchors' exact string matching is easy to evade, and this
 * is where Moat does better.
 */
final class HostPaths {

  /** Host paths whose exposure lets a container read or change the host (checks.md). */
  static final List<String> SENSITIVE = List.of(
      "/", "/boot", "/dev", "/etc", "/lib", "/lib64", "/proc", "/sys", "/usr", "/root", "/home",
      "/var/lib/kubelet", "/var/lib/docker", "/var/lib/containerd", "/var/lib/etcd", "/var/log", "/run",
      "/var/run",
      "/var/lib/containers"); // Podman's and CRI-O's storage: every container's root filesystem

  /** Writable mounts of these are CRITICAL: they hand over the host outright. */
  static final Set<String> CRITICAL_WHEN_WRITABLE =
      Set.of("/", "/etc", "/root", "/proc", "/sys", "/dev", "/boot");

  /**
   * File names of container runtime API sockets; docker.sock.raw is Docker Desktop's socket of the
   * engine in its VM, which the VM's /var/run/docker.sock proxies.
   */
  static final Set<String> SOCKET_NAMES = Set.of(
      "docker.sock", "docker.sock.raw", "containerd.sock", "crio.sock", "podman.sock", "buildkitd.sock",
      "cri-dockerd.sock", "dockershim.sock");

  /** Directories that hold a runtime socket themselves: mounting them whole exposes it. */
  static final Set<String> SOCKET_DIRECTORIES = Set.of(
      "/run", "/var/run", "/run/user", "/var/run/user");

  /** Runtime state directories: they and everything below are runtime APIs (shim sockets too). */
  static final List<String> RUNTIME_STATE_DIRECTORIES = List.of(
      "/run/containerd", "/run/docker", "/run/crio", "/run/podman", "/run/buildkit",
      "/var/run/containerd", "/var/run/docker", "/var/run/crio", "/var/run/podman", "/var/run/buildkit");

  /** Device nodes every container has anyway; binding them from the host grants nothing. */
  static final Set<String> HARMLESS_DEVICES =
      Set.of("/dev/null", "/dev/zero", "/dev/full", "/dev/random", "/dev/urandom", "/dev/tty");

  private HostPaths() {}

  /** Collapses "//", "/./", "/x/.." and a trailing "/"; relative paths are kept relative. */
  static String normalize(String path) {
    if (path == null || path.isEmpty()) {
      return "";
    }
    boolean absolute = path.startsWith("/");
    Deque<String> parts = new ArrayDeque<>();
    for (String part : path.split("/+")) {
      if (part.isEmpty() || ".".equals(part)) {
        continue;
      }
      if ("..".equals(part)) {
        if (!parts.isEmpty()) {
          parts.removeLast();
        }
        continue;
      }
      parts.addLast(part);
    }
    String joined = String.join("/", parts);
    return absolute ? "/" + joined : joined;
  }

  static boolean isAtOrBelow(String path, String dir) {
    return path.equals(dir) || "/".equals(dir) || path.startsWith(dir + "/");
  }

  /** The sensitive path this path is, lies below, or contains; null when it is none of them. */
  static String sensitiveMatch(String normalized) {
    if (!normalized.startsWith("/")) {
      return null; // relative (a Compose project's ./data) or ~/x: not a system directory
    }
    for (String s : SENSITIVE) {
      if (normalized.equals(s)) {
        return s;
      }
    }
    for (String s : SENSITIVE) {
      if (!"/".equals(s) && normalized.startsWith(s + "/")) {
        return s; // below a sensitive directory, e.g. /etc/kubernetes
      }
    }
    for (String s : SENSITIVE) {
      if (!"/".equals(normalized) && s.startsWith(normalized + "/")) {
        return s; // a parent of a sensitive directory, e.g. /var holds /var/lib/docker
      }
    }
    return null;
  }

  /** A description of the runtime API this path exposes, or null. */
  static String runtimeSocket(String normalized) {
    int slash = normalized.lastIndexOf('/');
    String base = normalized.substring(slash + 1);
    if (SOCKET_NAMES.contains(base)) {
      return "the " + base + " runtime API socket";
    }
    if (normalized.replace('\\', '/').toLowerCase(java.util.Locale.ROOT).endsWith("/pipe/docker_engine")) {
      return "the Docker engine's named pipe (Windows)";
    }
    if (SOCKET_DIRECTORIES.contains(normalized) || normalized.matches("/(var/)?run/user/\\d+(/(docker|podman))?")) {
      return "a directory holding container runtime sockets";
    }
    for (String dir : RUNTIME_STATE_DIRECTORIES) {
      if (isAtOrBelow(normalized, dir)) {
        return "the runtime state directory " + dir + " (API and shim sockets)";
      }
    }
    return null;
  }

  static boolean isDevice(String normalized) {
    return normalized.startsWith("/dev/") && !HARMLESS_DEVICES.contains(normalized);
  }
}
