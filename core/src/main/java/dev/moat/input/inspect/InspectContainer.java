package dev.moat.input.inspect;

import dev.moat.input.tree.MapNode;
import dev.moat.input.tree.MapReader;
import dev.moat.input.tree.Problems;
import dev.moat.model.Container;
import dev.moat.model.ContainerKind;
import dev.moat.model.Device;
import dev.moat.model.Isolation;
import dev.moat.model.ObjectRef;
import dev.moat.model.Platform;
import dev.moat.model.PodDefaults;
import dev.moat.model.Port;
import dev.moat.model.Setting;
import dev.moat.model.Source;
import dev.moat.model.Sysctl;
import dev.moat.model.Workload;
import dev.moat.model.WorkloadIsolation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads one container object of docker/podman inspect output. Inspect output is the engine's view
 * of a container it created, so where it reports what is in effect that wins over what was asked
 * for: the top-level Mounts (what the engine set up) over HostConfig.Binds, AppArmorProfile and
 * ProcessLabel (the labels applied) over SecurityOpt, Podman's EffectiveCaps and BoundingCaps over
 * CapAdd/CapDrop, MaskedPaths over the systempaths option, and Config.User, which the engine has
 * already filled from the image's USER (empty means root). The process isolation, resources,
 * mounts and namespaces each have a reader of their own ({@link InspectIsolation},
 * {@link InspectResources}, {@link InspectMounts}, {@link InspectNamespaces}).
 *
 * <p>Every setting points at the line of its JSON key; one that is not in effect points at the key
 * that would change it (an unlimited Memory at "Memory", the default capabilities at "CapDrop").
 */
final class InspectContainer {

  static final String KIND = "container";

  private InspectContainer() {}

  static Workload read(MapReader obj) {
    MapReader hc = obj.map("HostConfig");
    if (hc == null) {
      obj.problems().add(obj.sourceOf("HostConfig"),
          Problems.path(obj.pointer() + "/HostConfig") + ": expected a mapping, found null");
      return null;
    }
    MapReader config = obj.map("Config");
    Platform platform = isPodman(obj.node(), hc.node()) ? Platform.PODMAN : Platform.DOCKER;
    String name = name(obj);
    Source where = obj.source();

    Isolation isolation = InspectIsolation.read(obj, hc, config, platform);

    Container container = new Container(
        name,
        ContainerKind.REGULAR,
        where,
        config != null ? config.string("Image") : Setting.unset(obj.sourceOf("Config")),
        isolation,
        InspectResources.read(hc),
        InspectMounts.read(obj, hc),
        devices(hc),
        ports(hc),
        List.of());

    WorkloadIsolation workload = new WorkloadIsolation(
        InspectNamespaces.read(hc, platform),
        sysctls(hc),
        platform == Platform.PODMAN && obj.has("OCIRuntime") ? obj.string("OCIRuntime") : hc.string("Runtime"),
        Setting.unset(where),
        obj.string("Platform"),
        PodDefaults.none(where));

    return new Workload(new ObjectRef(null, KIND, name, null), platform, where, workload,
        List.of(container), List.of(), Map.of(), List.of());
  }

  /**
   * Podman's inspect output has fields Docker's never had: EffectiveCaps/BoundingCaps, OCIRuntime,
   * HostConfig.CgroupMode and CgroupManager (Docker says CgroupnsMode).
   */
  static boolean isPodman(MapNode obj, MapNode hostConfig) {
    return obj.has("EffectiveCaps") || obj.has("BoundingCaps") || obj.has("OCIRuntime") || obj.has("IsInfra")
        || hostConfig.has("CgroupMode") || hostConfig.has("CgroupManager");
  }

  /** Name without Docker's leading "/", else the short id. */
  private static String name(MapReader obj) {
    String n = obj.string("Name").orElse("");
    while (n.startsWith("/")) {
      n = n.substring(1);
    }
    if (!n.isEmpty()) {
      return n;
    }
    String id = obj.string("Id").orElse("");
    return id.isEmpty() ? "container" : id.substring(0, Math.min(12, id.length()));
  }

  private static List<Device> devices(MapReader hc) {
    List<Device> out = new ArrayList<>();
    for (MapReader d : hc.maps("Devices")) {
      Setting<String> host = d.string("PathOnHost");
      out.add(new Device(host.orElse(""), d.string("PathInContainer").value(), d.string("CgroupPermissions").value(),
          host.source()));
    }
    return out;
  }

  /** HostConfig.PortBindings: {"80/tcp": [{"HostIp": "", "HostPort": "8080"}]}. */
  private static List<Port> ports(MapReader hc) {
    List<Port> out = new ArrayList<>();
    MapReader bindings = hc.map("PortBindings");
    if (bindings == null) {
      return out;
    }
    for (String key : bindings.node().keys()) {
      String[] spec = key.split("/", 2);
      Integer containerPort = number(spec[0]);
      String protocol = spec.length > 1 ? spec[1] : "tcp";
      for (MapReader b : bindings.maps(key)) {
        Setting<String> hostPort = b.string("HostPort");
        out.add(new Port(containerPort, number(hostPort.orElse("")), b.string("HostIp").value(), protocol,
            hostPort.source()));
      }
    }
    return out;
  }

  private static Integer number(String s) {
    try {
      return s.isEmpty() ? null : Integer.valueOf(s);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static List<Sysctl> sysctls(MapReader hc) {
    MapReader m = hc.map("Sysctls");
    if (m == null) {
      return List.of();
    }
    List<Sysctl> out = new ArrayList<>();
    Map<String, String> values = new LinkedHashMap<>(m.asStringMap());
    values.forEach((k, v) -> out.add(new Sysctl(k, v, m.sourceOf(k))));
    return out;
  }
}
