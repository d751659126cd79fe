package dev.moat.input.oci;

import dev.moat.input.tree.MapReader;
import dev.moat.model.Container;
import dev.moat.model.ContainerKind;
import dev.moat.model.Device;
import dev.moat.model.Isolation;
import dev.moat.model.ObjectRef;
import dev.moat.model.Platform;
import dev.moat.model.PodDefaults;
import dev.moat.model.Setting;
import dev.moat.model.Source;
import dev.moat.model.Sysctl;
import dev.moat.model.Workload;
import dev.moat.model.WorkloadIsolation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads one config.json into the model. A config is complete: nothing is inherited and the runtime
 * adds no defaults, so what is missing is missing: a namespace type absent from linux.namespaces is
 * the host's namespace, an absent linux.seccomp is no filter, absent or empty maskedPaths is an
 * unmasked /proc, an absent process.capabilities is no capability at all. The process isolation,
 * mounts, resources and namespaces each have a reader of their own ({@link OciIsolation},
 * {@link OciMounts}, {@link OciResources}, {@link OciNamespaces}).
 */
final class OciConfig {

  static final String KIND = "oci bundle";

  /** The devices every runtime creates; listing them in linux.devices grants nothing. */
  static final Set<String> DEFAULT_DEVICES = Set.of(
      "/dev/null", "/dev/zero", "/dev/full", "/dev/random", "/dev/urandom", "/dev/tty", "/dev/console",
      "/dev/ptmx");

  /** Annotations that name the container: containerd's CRI plugin and CRI-O. */
  static final List<String> NAME_ANNOTATIONS = List.of("io.kubernetes.cri.container-name", "io.kubernetes.container.name");

  private OciConfig() {}

  static Workload read(MapReader config, String bundleName) {
    Source where = config.source();
    MapReader process = config.map("process");
    MapReader linux = config.map("linux");
    MapReader root = config.map("root");
    Map<String, Setting<String>> annotations = annotations(config);
    String name = name(config, annotations, bundleName);

    Isolation isolation = OciIsolation.read(config, process, linux, root, annotations);

    MapReader resources = linux == null ? null : linux.map("resources");
    Source resourcesKey = linux != null ? linux.sourceOf("resources") : config.sourceOf("linux");
    Container container = new Container(
        name,
        ContainerKind.REGULAR,
        where,
        image(annotations, where),
        isolation,
        OciResources.read(resources, resourcesKey),
        OciMounts.read(config),
        devices(linux),
        List.of(),
        List.of());

    WorkloadIsolation workload = new WorkloadIsolation(
        OciNamespaces.read(config, linux),
        sysctls(linux),
        Setting.unset(where),
        Setting.unset(where),
        Setting.unset(where),
        PodDefaults.none(where));

    return new Workload(new ObjectRef(null, KIND, name, null), Platform.OCI, where, workload,
        List.of(container), List.of(), annotations, List.of());
  }

  /** Where a key of an optional mapping is written, or where it would be (the mapping's key). */
  static Source keyAt(MapReader parent, String parentKey, MapReader m, String key) {
    return m != null ? m.sourceOf(key) : parent.sourceOf(parentKey).child(key);
  }

  private static Map<String, Setting<String>> annotations(MapReader config) {
    MapReader a = config.map("annotations");
    if (a == null) {
      return Map.of();
    }
    Map<String, Setting<String>> out = new LinkedHashMap<>();
    a.asStringMap().forEach((k, v) -> out.put(k, Setting.explicit(v, a.sourceOf(k))));
    return out;
  }

  private static String name(MapReader config, Map<String, Setting<String>> annotations, String bundleName) {
    for (String key : NAME_ANNOTATIONS) {
      Setting<String> s = annotations.get(key);
      if (s != null && !s.value().isBlank()) {
        return s.value();
      }
    }
    if (bundleName != null) {
      return bundleName;
    }
    String hostname = config.string("hostname").orElse("");
    return hostname.isEmpty() ? "bundle" : hostname;
  }

  private static Setting<String> image(Map<String, Setting<String>> annotations, Source where) {
    Setting<String> s = annotations.get("io.kubernetes.cri.image-name");
    return s != null ? s : Setting.unset(where);
  }

  private static List<Device> devices(MapReader linux) {
    List<Device> out = new ArrayList<>();
    if (linux == null) {
      return out;
    }
    for (MapReader d : linux.maps("devices")) {
      Setting<String> path = d.string("path");
      if (!path.isKnown() || DEFAULT_DEVICES.contains(path.value())) {
        continue;
      }
      String type = d.string("type").orElse("");
      Setting<Long> major = d.integer("major");
      Setting<Long> minor = d.integer("minor");
      String node = type + (major.isKnown() ? " " + major.value() + ":" + minor.orElse(0L) : "");
      out.add(new Device(path.value(), path.value(), node.trim(), path.source()));
    }
    return out;
  }

  private static List<Sysctl> sysctls(MapReader linux) {
    MapReader m = linux == null ? null : linux.map("sysctl");
    if (m == null) {
      return List.of();
    }
    List<Sysctl> out = new ArrayList<>();
    m.asStringMap().forEach((k, v) -> out.add(new Sysctl(k, v, m.sourceOf(k))));
    return out;
  }
}
