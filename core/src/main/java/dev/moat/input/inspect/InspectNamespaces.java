package dev.moat.input.inspect;

import dev.moat.input.tree.MapReader;
import dev.moat.model.Namespaces;
import dev.moat.model.Platform;
import dev.moat.model.Setting;

/**
 * PidMode, NetworkMode, IpcMode and UTSMode say "host" for the host's namespace. UsernsMode is
 * empty when the daemon decides (rootful Docker without userns-remap shares the host's; the output
 * cannot tell), so only "host" and an explicit private mode are known. The cgroup namespace is
 * CgroupnsMode (Docker) or CgroupMode (Podman).
 */
final class InspectNamespaces {

  private InspectNamespaces() {}

  static Namespaces read(MapReader hc, Platform platform) {
    String cgroupKey = platform == Platform.PODMAN && hc.node().has("CgroupMode") ? "CgroupMode" : "CgroupnsMode";
    return new Namespaces(
        host(hc, "PidMode"),
        host(hc, "NetworkMode"),
        host(hc, "IpcMode"),
        host(hc, "UTSMode"),
        mode(hc, cgroupKey),
        mode(hc, "UsernsMode"));
  }

  /** "host" is the host's namespace; anything else (empty, private, container:x, a path) is not. */
  private static Setting<Boolean> host(MapReader hc, String key) {
    Setting<String> mode = hc.string(key);
    return mode.isKnown() ? Setting.explicit("host".equals(mode.value()), mode.source())
        : Setting.defaulted(false, mode.source());
  }

  /** Like {@link #host} but an empty mode is unknown: the daemon's configuration decides. */
  private static Setting<Boolean> mode(MapReader hc, String key) {
    Setting<String> mode = hc.string(key);
    String v = mode.orElse("");
    return v.isEmpty() ? Setting.unset(mode.source()) : Setting.explicit("host".equals(v), mode.source());
  }
}
