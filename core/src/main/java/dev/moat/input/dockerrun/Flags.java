package dev.moat.input.dockerrun;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The options of docker run / docker create (docker/cli cli/command/container/opts.go, run.go,
 * create.go), podman run / podman create (cmd/podman/common/create.go, netflags.go, run.go) and
 * nerdctl run: which take a value and which are switches, their one-letter forms and aliases.
 * Flags not in this table are unknown, as they are to the CLI itself.
 */
final class Flags {

  /**
   * One option.
   *
   * @param name the long name without dashes, as the CLI defines it
   * @param canonical the name Moat maps (--net is --network, --dns-opt is --dns-option)
   * @param shorthand the one-letter form, or 0
   * @param bool a switch: --rm, --rm=true, --rm=false; never takes the next argument
   * @param runOnly only run has it, not create (-d, --sig-proxy, --detach-keys)
   * @param commaList podman splits the value at commas (--cap-add SYS_ADMIN,NET_ADMIN)
   */
  record Flag(String name, String canonical, char shorthand, boolean bool, boolean runOnly,
      Set<Engine> engines, boolean commaList) {}

  private static final Set<Engine> ALL = EnumSet.allOf(Engine.class);
  private static final Set<Engine> DOCKER_NERDCTL = EnumSet.of(Engine.DOCKER, Engine.NERDCTL);
  private static final Set<Engine> PODMAN = EnumSet.of(Engine.PODMAN);
  private static final Set<Engine> NERDCTL = EnumSet.of(Engine.NERDCTL);
  private static final Set<Engine> PODMAN_NERDCTL = EnumSet.of(Engine.PODMAN, Engine.NERDCTL);

  private static final List<Flag> TABLE = new ArrayList<>();
  private static final Map<String, Flag> BY_NAME = new HashMap<>();

  static {
    // Switches every engine has.
    bool("interactive", 'i', ALL);
    bool("tty", 't', ALL);
    bool("read-only", ALL);
    bool("rm", ALL);
    bool("privileged", ALL);
    bool("publish-all", 'P', ALL);
    bool("no-healthcheck", ALL);
    bool("oom-kill-disable", ALL);
    bool("init", ALL);
    bool("quiet", 'q', ALL);
    bool("disable-content-trust", ALL);
    bool("help", ALL);
    add(new Flag("detach", "detach", 'd', true, true, ALL, false));
    add(new Flag("sig-proxy", "sig-proxy", '\0', true, true, ALL, false));
    bool("use-api-socket", EnumSet.of(Engine.DOCKER));

    // Options with a value every engine has.
    value("attach", 'a', ALL);
    value("device-cgroup-rule", ALL);
    list("device", ALL);
    value("gpus", ALL);
    value("env", 'e', ALL);
    value("env-file", ALL);
    value("entrypoint", ALL);
    value("group-add", ALL);
    value("hostname", 'h', ALL);
    value("domainname", ALL);
    value("label", 'l', ALL);
    value("label-file", ALL);
    value("restart", ALL);
    value("stop-signal", ALL);
    value("stop-timeout", ALL);
    list("sysctl", ALL);
    value("ulimit", ALL);
    value("user", 'u', ALL);
    value("workdir", 'w', ALL);
    list("cap-add", ALL);
    list("cap-drop", ALL);
    value("security-opt", ALL);
    value("userns", ALL);
    value("cgroupns", ALL);
    value("add-host", ALL);
    value("dns", ALL);
    alias("dns-opt", "dns-option", ALL);
    value("dns-option", ALL);
    value("dns-search", ALL);
    value("expose", ALL);
    value("ip", ALL);
    value("ip6", ALL);
    value("link", ALL);
    value("link-local-ip", ALL);
    value("mac-address", ALL);
    list("publish", 'p', ALL);
    alias("net", "network", ALL);
    value("network", ALL);
    alias("net-alias", "network-alias", ALL);
    value("network-alias", ALL);
    value("log-driver", ALL);
    value("volume-driver", ALL);
    value("log-opt", ALL);
    value("storage-opt", ALL);
    value("tmpfs", ALL);
    value("volumes-from", ALL);
    value("volume", 'v', ALL);
    value("mount", ALL);
    value("health-cmd", ALL);
    value("health-interval", ALL);
    value("health-retries", ALL);
    value("health-timeout", ALL);
    value("health-start-period", ALL);
    value("health-start-interval", ALL);
    value("blkio-weight", ALL);
    value("blkio-weight-device", ALL);
    value("cidfile", ALL);
    value("cpuset-cpus", ALL);
    value("cpuset-mems", ALL);
    value("cpu-count", ALL);
    value("cpu-percent", ALL);
    value("cpu-period", ALL);
    value("cpu-quota", ALL);
    value("cpu-rt-period", ALL);
    value("cpu-rt-runtime", ALL);
    value("cpu-shares", 'c', ALL);
    value("cpus", ALL);
    value("device-read-bps", ALL);
    value("device-read-iops", ALL);
    value("device-write-bps", ALL);
    value("device-write-iops", ALL);
    value("io-maxbandwidth", DOCKER_NERDCTL);
    value("io-maxiops", DOCKER_NERDCTL);
    value("kernel-memory", ALL);
    value("memory", 'm', ALL);
    value("memory-reservation", ALL);
    value("memory-swap", ALL);
    value("memory-swappiness", ALL);
    value("oom-score-adj", ALL);
    value("pids-limit", ALL);
    value("cgroup-parent", ALL);
    value("ipc", ALL);
    value("isolation", DOCKER_NERDCTL);
    value("pid", ALL);
    value("shm-size", ALL);
    value("uts", ALL);
    value("runtime", DOCKER_NERDCTL);
    value("annotation", ALL);
    value("name", ALL);
    value("pull", ALL);
    value("platform", ALL);
    add(new Flag("detach-keys", "detach-keys", '\0', false, true, ALL, false));

    // podman's own.
    for (String name : List.of("arch", "authfile", "cgroup-conf", "cgroups", "chrootdirs", "conmon-pidfile",
        "decryption-key", "env-merge", "group-entry", "health-log-destination", "health-max-log-count",
        "health-max-log-size", "health-on-failure", "health-startup-cmd", "health-startup-interval",
        "health-startup-retries", "health-startup-success", "health-startup-timeout", "hostuser",
        "hosts-file", "image-volume", "init-path", "os", "passwd-entry", "personality", "pidfile", "pod",
        "pod-id-file", "rdt-class", "requires", "retry", "retry-delay", "sdnotify", "seccomp-policy",
        "secret", "shm-size-systemd", "subgidname", "subuidname", "systemd", "timeout", "tz", "umask",
        "unsetenv", "variant", "cert-dir", "creds", "signature-policy", "preserve-fd", "preserve-fds")) {
      value(name, name.equals("pidfile") || name.equals("cgroup-conf") || name.equals("systemd")
          ? PODMAN_NERDCTL : PODMAN);
    }
    list("uidmap", PODMAN);
    list("gidmap", PODMAN);
    for (String name : List.of("env-host", "http-proxy", "no-hosts", "passwd", "read-only-tmpfs", "replace",
        "rmi", "tls-verify", "unsetenv-all")) {
      bool(name, PODMAN);
    }
    bool("rootfs", PODMAN_NERDCTL);

    // nerdctl's own.
    for (String name : List.of("cosign-key", "cosign-certificate-identity", "cosign-certificate-identity-regexp",
        "cosign-certificate-oidc-issuer", "cosign-certificate-oidc-issuer-regexp", "verify", "ipfs-address",
        "snapshotter")) {
      value(name, NERDCTL);
    }
  }

  private Flags() {}

  private static void add(Flag f) {
    TABLE.add(f);
    BY_NAME.put(f.name(), f);
  }

  private static void bool(String name, Set<Engine> engines) {
    add(new Flag(name, name, '\0', true, false, engines, false));
  }

  private static void bool(String name, char shorthand, Set<Engine> engines) {
    add(new Flag(name, name, shorthand, true, false, engines, false));
  }

  private static void value(String name, Set<Engine> engines) {
    add(new Flag(name, name, '\0', false, false, engines, false));
  }

  private static void value(String name, char shorthand, Set<Engine> engines) {
    add(new Flag(name, name, shorthand, false, false, engines, false));
  }

  private static void list(String name, Set<Engine> engines) {
    add(new Flag(name, name, '\0', false, false, engines, true));
  }

  private static void list(String name, char shorthand, Set<Engine> engines) {
    add(new Flag(name, name, shorthand, false, false, engines, true));
  }

  private static void alias(String name, String canonical, Set<Engine> engines) {
    add(new Flag(name, canonical, '\0', false, false, engines, false));
  }

  /** The long option with this name for this engine and subcommand, or null. */
  static Flag byName(String name, Engine engine, boolean create) {
    Flag f = BY_NAME.get(name);
    return f != null && f.engines().contains(engine) && !(create && f.runOnly()) ? f : null;
  }

  /** The option with this one-letter form, or null. */
  static Flag byShorthand(char c, Engine engine, boolean create) {
    for (Flag f : TABLE) {
      if (f.shorthand() == c && f.engines().contains(engine) && !(create && f.runOnly())) {
        return f;
      }
    }
    return null;
  }

  /** Every long option of this engine, for suggestions. */
  static List<String> names(Engine engine, boolean create) {
    List<String> out = new ArrayList<>();
    for (Flag f : TABLE) {
      if (f.engines().contains(engine) && !(create && f.runOnly())) {
        out.add(f.name());
      }
    }
    Collections.sort(out);
    return out;
  }
}
