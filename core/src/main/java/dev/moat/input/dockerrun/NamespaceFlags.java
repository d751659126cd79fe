package dev.moat.input.dockerrun;

import dev.moat.input.dockerrun.RunParser.Use;
import dev.moat.model.Namespaces;
import dev.moat.model.Setting;
import java.util.List;

/**
 * --pid, --network, --ipc, --uts, --cgroupns and --userns (with podman's --uidmap and the like):
 * which of the host's namespaces the container shares. Private namespaces are the engines' default
 * except for the cgroup and user namespaces, which the daemon's configuration decides.
 */
final class NamespaceFlags {

  private final OptionReader options;

  private NamespaceFlags(OptionReader options) {
    this.options = options;
  }

  static Namespaces read(OptionReader options) {
    return new NamespaceFlags(options).read();
  }

  private Namespaces read() {
    Use pod = options.last("pod");
    if (pod != null) {
      options.note(pod.valueAt(), "--pod " + pod.value() + ": the container joins the namespaces of pod "
          + pod.value() + " (network, IPC, UTS by default), which this command does not show");
    }
    return new Namespaces(
        mode("pid", "PID", Setting.defaulted(false, options.at())),
        network(),
        mode("ipc", "IPC", Setting.defaulted(false, options.at())),
        mode("uts", "UTS", Setting.defaulted(false, options.at())),
        mode("cgroupns", "cgroup", Setting.unset(options.at())),
        userNamespace());
  }

  /** --pid host and the like: host, or podman's ns: path of PID 1, is the host's namespace. */
  private Setting<Boolean> mode(String flag, String what, Setting<Boolean> absent) {
    Use u = options.last(flag);
    if (u == null || u.value().isEmpty()) {
      return absent;
    }
    if (options.unknown(u, "whether it shares the host's " + what + " namespace")) {
      return Setting.unset(options.src(u));
    }
    return Setting.explicit(isHost(u.value()), options.src(u));
  }

  private static boolean isHost(String mode) {
    return mode.equals("host") || mode.matches("ns:/proc/1/ns/.*");
  }

  /** --network may be given more than once (several networks); host in any of them is the host's. */
  private Setting<Boolean> network() {
    List<Use> uses = options.all("network");
    if (uses.isEmpty()) {
      return Setting.defaulted(false, options.at());
    }
    for (Use u : uses) {
      if (u.known() && isHost(networkMode(u.value()))) {
        return Setting.explicit(true, options.src(u));
      }
    }
    for (Use u : uses) {
      if (options.unknown(u, "whether it shares the host's network namespace")) {
        return Setting.unset(options.src(u));
      }
    }
    return Setting.explicit(false, options.src(uses.get(uses.size() - 1)));
  }

  /**
   * The network a --network value names: docker's name=host,alias=x form, podman's
   * bridge:ip=10.0.0.2 options; container:x and ns:/path are kept whole.
   */
  private static String networkMode(String value) {
    String v = value;
    if (v.startsWith("name=")) {
      v = v.substring(5);
    }
    int comma = v.indexOf(',');
    if (comma >= 0 && !v.startsWith("ns:")) {
      v = v.substring(0, comma);
    }
    int colon = v.indexOf(':');
    if (colon >= 0 && !v.startsWith("ns:") && !v.startsWith("container:")) {
      v = v.substring(0, colon);
    }
    return v;
  }

  /**
   * --userns host shares the host's user namespace; podman's auto, keep-id, nomap, private and
   * --uidmap/--gidmap give the container one of its own. Without them the engine's configuration
   * decides (userns-remap, rootless Podman), which the command does not show.
   */
  private Setting<Boolean> userNamespace() {
    Use u = options.last("userns");
    if (u != null && !u.value().isEmpty()) {
      if (options.unknown(u, "whether it uses a user namespace")) {
        return Setting.unset(options.src(u));
      }
      String v = u.value();
      if (isHost(v)) {
        return Setting.explicit(true, options.src(u));
      }
      if (options.podman() || v.startsWith("container:")) {
        return Setting.explicit(false, options.src(u));
      }
      return Setting.unset(options.src(u));
    }
    for (String mapping : List.of("uidmap", "gidmap", "subuidname", "subgidname")) {
      Use m = options.last(mapping);
      if (m != null) {
        return Setting.explicit(false, options.src(m));
      }
    }
    return Setting.unset(options.at());
  }
}
