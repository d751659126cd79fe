package dev.moat.input.oci;

import dev.moat.input.tree.MapReader;
import dev.moat.model.Namespaces;
import dev.moat.model.Setting;
import dev.moat.model.Source;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A namespace type missing from linux.namespaces is the host's; one with a path joins that
 * namespace, which is the host's for /proc/1/ns/* and for Docker's handle on the host network
 * namespace (.../netns/default, what --network host writes). A user namespace also shows as
 * uidMappings.
 */
final class OciNamespaces {

  private OciNamespaces() {}

  /** @param linux the config's linux mapping, or null when it has none */
  static Namespaces read(MapReader config, MapReader linux) {
    Source listKey = OciConfig.keyAt(config, "linux", linux, "namespaces");
    Map<String, MapReader> byType = new LinkedHashMap<>();
    if (linux != null) {
      for (MapReader n : linux.maps("namespaces")) {
        String type = n.string("type").orElse("");
        byType.putIfAbsent(type, n);
      }
    }
    Setting<Boolean> user = namespace(byType, "user", listKey);
    if (Setting.isTrue(user) && linux != null && linux.has("uidMappings")) {
      user = Setting.explicit(false, linux.sourceOf("uidMappings"));
    }
    return new Namespaces(
        namespace(byType, "pid", listKey),
        namespace(byType, "network", listKey),
        namespace(byType, "ipc", listKey),
        namespace(byType, "uts", listKey),
        namespace(byType, "cgroup", listKey),
        user);
  }

  private static Setting<Boolean> namespace(Map<String, MapReader> byType, String type, Source listKey) {
    MapReader n = byType.get(type);
    if (n == null) {
      return Setting.defaulted(true, listKey);
    }
    Setting<String> path = n.string("path");
    if (path.isKnown() && isHostNamespace(path.value(), type)) {
      return Setting.explicit(true, path.source());
    }
    return Setting.explicit(false, n.sourceOf("type"));
  }

  private static boolean isHostNamespace(String path, String type) {
    return path.startsWith("/proc/1/ns/") || path.startsWith("/proc/self/ns/")
        || "network".equals(type) && path.endsWith("/netns/default");
  }
}
