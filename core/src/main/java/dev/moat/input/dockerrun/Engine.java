package dev.moat.input.dockerrun;

import dev.moat.model.DefaultCapabilities;
import dev.moat.model.Platform;
import java.util.Locale;
import java.util.Set;

/**
 * The container CLIs whose run/create commands Moat reads, with the global options each accepts
 * before the subcommand (docker -H tcp://x --context prod run ...), which must be skipped, and
 * the defaults of the engine behind it. nerdctl follows docker's flags and containerd's defaults,
 * which are Docker's.
 */
enum Engine {
  DOCKER("docker", Platform.DOCKER,
      Set.of("config", "context", "host", "log-level", "tlscacert", "tlscert", "tlskey"),
      Set.of('c', 'H', 'l')),
  PODMAN("podman", Platform.PODMAN,
      Set.of("cdi-spec-dir", "cgroup-manager", "config", "conmon", "connection", "db-backend",
          "events-backend", "hooks-dir", "identity", "imagestore", "log-level", "module",
          "network-backend", "network-cmd-path", "network-config-dir", "out", "root", "runroot",
          "runtime", "runtime-flag", "ssh", "storage-driver", "storage-opt", "tmpdir", "url",
          "volumepath", "registries-conf"),
      Set.of('c')),
  NERDCTL("nerdctl", Platform.DOCKER,
      Set.of("address", "host", "namespace", "snapshotter", "storage-driver", "cni-path",
          "cni-netconfpath", "data-root", "cgroup-manager", "hosts-dir", "host-gateway-ip",
          "bridge-ip", "kube-hide-dupe"),
      Set.of('a', 'H', 'n'));

  private final String command;
  private final Platform platform;
  private final Set<String> globalValueOptions;
  private final Set<Character> globalValueShorthands;

  Engine(String command, Platform platform, Set<String> globalValueOptions, Set<Character> globalValueShorthands) {
    this.command = command;
    this.platform = platform;
    this.globalValueOptions = globalValueOptions;
    this.globalValueShorthands = globalValueShorthands;
  }

  String command() {
    return command;
  }

  Platform platform() {
    return platform;
  }

  /** Capabilities a container keeps when nothing is added or dropped. */
  Set<String> defaultCapabilities() {
    return this == PODMAN ? DefaultCapabilities.PODMAN : DefaultCapabilities.DOCKER;
  }

  /** True when the global option (without dashes) takes the next argument as its value. */
  boolean globalTakesValue(String longName) {
    return globalValueOptions.contains(longName);
  }

  boolean globalShorthandTakesValue(char c) {
    return globalValueShorthands.contains(c);
  }

  /** The engine a command word names (docker, /usr/bin/podman, podman-remote), or null. */
  static Engine byCommand(String word) {
    String base = word.substring(word.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
    return switch (base) {
      case "docker", "docker.exe", "com.docker.cli" -> DOCKER;
      case "podman", "podman-remote", "podman.exe" -> PODMAN;
      case "nerdctl", "nerdctl.lima" -> NERDCTL;
      default -> null;
    };
  }
}
