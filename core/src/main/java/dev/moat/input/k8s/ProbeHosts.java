package dev.moat.input.k8s;

import dev.moat.input.tree.MapReader;
import dev.moat.model.Setting;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects the {@code host} fields of a container's probes and lifecycle handlers. A probe or
 * hook aimed at another host makes the kubelet connect there on the pod's behalf, which the Pod
 * Security Standards forbid.
 */
final class ProbeHosts {

  private static final List<String> PROBES = List.of("livenessProbe", "readinessProbe", "startupProbe");
  private static final List<String> HOOKS = List.of("postStart", "preStop");
  private static final List<String> HANDLERS = List.of("httpGet", "tcpSocket");

  private ProbeHosts() {}

  static List<Setting<String>> read(MapReader container) {
    List<Setting<String>> hosts = new ArrayList<>();
    for (String probe : PROBES) {
      collect(container.map(probe), hosts);
    }
    MapReader lifecycle = container.map("lifecycle");
    if (lifecycle != null) {
      for (String hook : HOOKS) {
        collect(lifecycle.map(hook), hosts);
      }
    }
    return hosts;
  }

  private static void collect(MapReader handler, List<Setting<String>> hosts) {
    if (handler == null) {
      return;
    }
    for (String kind : HANDLERS) {
      MapReader h = handler.map(kind);
      if (h != null && h.has("host")) {
        hosts.add(h.string("host"));
      }
    }
  }
}
