package dev.moat.input.oci;

import dev.moat.input.tree.MapReader;
import dev.moat.model.Capabilities;
import dev.moat.model.Container;
import dev.moat.model.ContainerKind;
import dev.moat.model.Device;
import dev.moat.model.Identity;
import dev.moat.model.Isolation;
import dev.moat.model.Namespaces;
import dev.moat.model.ObjectRef;
import dev.moat.model.Origin;
import dev.moat.model.Platform;
import dev.moat.model.PodDefaults;
import dev.moat.model.Profile;
import dev.moat.model.ProfileKind;
import dev.moat.model.Resources;
import dev.moat.model.SeLinux;
import dev.moat.model.Setting;
import dev.moat.model.Source;
import dev.moat.model.Sysctl;
import dev.moat.model.Workload;
import dev.moat.model.WorkloadIsolation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads one config.json into the model. A config is complete: nothing is inherited and the runtime
 * adds no defaults, so what is missing is missing: a namespace type absent from linux.namespaces is
 * the host's namespace, an absent linux.seccomp is no filter, absent or empty maskedPaths is an
 * unmasked /proc, an absent process.capabilities is no capability at all.
 *
 * <p>Capabilities are judged against the effective, permitted, ambient and bounding sets together:
 * a capability in the bounding set can be regained by executing a setuid-root or file-capability
 * binary (unless noNewPrivileges is true), so it is one the process can hold.
 */
final class OciConfig {

  static final String KIND = "oci bundle";

  /** The devices every runtime creates; listing them in linux.devices grants nothing. */
  static final Set<String> DEFAULT_DEVICES = Set.of(
      "/dev/null", "/dev/zero", "/dev/full", "/dev/random", "/dev/urandom", "/dev/tty", "/dev/console",
      "/dev/ptmx");

  /** Annotations that name the container: containerd's CRI plugin and CRI-O. */
  static final List<String> NAME_ANNOTATIONS = List.of("io.kubernetes.cri.container-name", "io.kubernetes.container.name");

  /** Podman records --privileged here; the config itself only shows its effects. */
  static final String PODMAN_PRIVILEGED = "io.podman.annotations.privileged";

  private OciConfig() {}

  static Workload read(MapReader config, String bundleName) {
    Source where = config.source();
    MapReader process = config.map("process");
    MapReader linux = config.map("linux");
    MapReader root = config.map("root");
    Map<String, Setting<String>> annotations = annotations(config);
    String name = name(config, annotations, bundleName);

    Isolation isolation = new Isolation(
        privileged(annotations, where),
        allowPrivilegeEscalation(config, process),
        capabilities(config, process),
        seccomp(config, linux),
        appArmor(config, process),
        seLinux(config, process),
        readOnlyRoot(config, root),
        identity(config, process),
        procMount(config, linux),
        Setting.unset(where));

    MapReader resources = linux == null ? null : linux.map("resources");
    Source resourcesKey = linux != null ? linux.sourceOf("resources") : config.sourceOf("linux");
    Container container = new Container(
        name,
        ContainerKind.REGULAR,
        where,
        image(annotations, where),
        isolation,
        resources(resources, resourcesKey),
        OciMounts.read(config),
        devices(linux),
        List.of(),
        List.of());

    WorkloadIsolation workload = new WorkloadIsolation(
        namespaces(config, linux),
        sysctls(linux),
        Setting.unset(where),
        Setting.unset(where),
        Setting.unset(where),
        PodDefaults.none(where));

    return new Workload(new ObjectRef(null, KIND, name, null), Platform.OCI, where, workload,
        List.of(container), List.of(), annotations, List.of());
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

  /** Where a key of an optional mapping is written, or where it would be (the mapping's key). */
  private static Source at(MapReader parent, String parentKey, MapReader m, String key) {
    return m != null ? m.sourceOf(key) : parent.sourceOf(parentKey).child(key);
  }

  private static Setting<Boolean> privileged(Map<String, Setting<String>> annotations, Source where) {
    Setting<String> s = annotations.get(PODMAN_PRIVILEGED);
    if (s != null && "TRUE".equalsIgnoreCase(s.value())) {
      return Setting.of(true, Origin.ANNOTATION, s.source());
    }
    return Setting.unset(where);
  }

  private static Setting<Boolean> allowPrivilegeEscalation(MapReader config, MapReader process) {
    Setting<Boolean> nnp = process == null ? null : process.bool("noNewPrivileges");
    if (nnp != null && nnp.isKnown()) {
      return Setting.explicit(!nnp.value(), nnp.source());
    }
    return Setting.defaulted(true, at(config, "process", process, "noNewPrivileges"));
  }

  /** The union of the sets, each capability pointing at its first entry (effective first). */
  private static Capabilities capabilities(MapReader config, MapReader process) {
    MapReader caps = process == null ? null : process.map("capabilities");
    Source where = at(config, "process", process, "capabilities");
    List<Setting<String>> reported = new ArrayList<>();
    if (caps != null) {
      Set<String> seen = new HashSet<>();
      for (String set : List.of("effective", "permitted", "ambient", "bounding")) {
        for (Setting<String> s : caps.strings(set)) {
          if (seen.add(Capabilities.normalize(s.value()))) {
            reported.add(s);
          }
        }
      }
    }
    return new Capabilities(List.of(), List.of(), Set.of(), where, reported);
  }

  /** No linux.seccomp: no filter. A filter that allows everything and names no call is none either. */
  private static Setting<Profile> seccomp(MapReader config, MapReader linux) {
    MapReader s = linux == null ? null : linux.map("seccomp");
    if (s == null) {
      return Setting.defaulted(new Profile(ProfileKind.UNCONFINED, "no linux.seccomp", null),
          at(config, "linux", linux, "seccomp"));
    }
    String action = s.string("defaultAction").orElse("");
    int rules = s.maps("syscalls").size();
    Source key = linux.sourceOf("seccomp");
    if ("SCMP_ACT_ALLOW".equals(action) && rules == 0) {
      return Setting.explicit(new Profile(ProfileKind.UNCONFINED, "linux.seccomp allows every system call", null), key);
    }
    return Setting.explicit(new Profile(ProfileKind.LOCALHOST,
        "linux.seccomp, default action " + action + ", " + rules + " rules", null), key);
  }

  /**
   * An absent apparmorProfile means the runtime applies none, which matters only on an AppArmor
   * host; the file cannot show the host, so only an explicit "unconfined" is a finding.
   */
  private static Setting<Profile> appArmor(MapReader config, MapReader process) {
    Setting<String> p = process == null ? null : process.string("apparmorProfile");
    if (p == null || !p.isKnown() || p.value().isEmpty()) {
      return Setting.unset(at(config, "process", process, "apparmorProfile"));
    }
    String v = p.value();
    ProfileKind kind = "unconfined".equals(v) ? ProfileKind.UNCONFINED
        : "docker-default".equals(v) || v.startsWith("containers-default") || v.startsWith("cri-containerd")
            ? ProfileKind.RUNTIME_DEFAULT : ProfileKind.LOCALHOST;
    return Setting.explicit(new Profile(kind, v, kind == ProfileKind.LOCALHOST ? v : null), p.source());
  }

  /** selinuxLabel "user:role:type:level". */
  private static Setting<SeLinux> seLinux(MapReader config, MapReader process) {
    Setting<String> l = process == null ? null : process.string("selinuxLabel");
    if (l == null || !l.isKnown() || l.value().isEmpty()) {
      return Setting.unset(at(config, "process", process, "selinuxLabel"));
    }
    String[] parts = l.value().split(":", 4);
    return Setting.explicit(new SeLinux(part(parts, 0), part(parts, 1), part(parts, 2), part(parts, 3), false),
        l.source());
  }

  private static String part(String[] parts, int i) {
    return i < parts.length ? parts[i] : "";
  }

  private static Setting<Boolean> readOnlyRoot(MapReader config, MapReader root) {
    Setting<Boolean> ro = root == null ? null : root.bool("readonly");
    return ro != null && ro.isKnown() ? ro : Setting.defaulted(false, at(config, "root", root, "readonly"));
  }

  private static Identity identity(MapReader config, MapReader process) {
    MapReader user = process == null ? null : process.map("user");
    Source where = at(config, "process", process, "user");
    if (user == null) {
      return new Identity(Setting.unset(where), Setting.unset(where), Setting.unset(where), Setting.unset(where));
    }
    Setting<String> name = user.string("username"); // Windows only; Linux configs carry numbers
    return new Identity(user.integer("uid"), user.integer("gid"), Setting.unset(where),
        name.isKnown() && !name.value().isEmpty() ? name : Setting.unset(where));
  }

  private static Setting<String> procMount(MapReader config, MapReader linux) {
    if (linux != null && linux.has("maskedPaths")) {
      boolean empty = linux.strings("maskedPaths").isEmpty();
      return Setting.explicit(empty ? "Unmasked" : "Default", linux.sourceOf("maskedPaths"));
    }
    return Setting.defaulted("Unmasked", at(config, "linux", linux, "maskedPaths"));
  }

  /** memory.limit and pids.limit in bytes and tasks (0 or -1: unlimited), cpu.quota / cpu.period. */
  private static Resources resources(MapReader resources, Source resourcesKey) {
    if (resources == null) {
      return new Resources(Setting.unset(resourcesKey), Setting.unset(resourcesKey), Setting.unset(resourcesKey));
    }
    MapReader memory = resources.map("memory");
    Setting<Long> mem = memory == null ? Setting.unset(resources.sourceOf("memory")) : memory.integer("limit");
    Setting<String> memoryLimit = mem.isKnown() && mem.value() > 0
        ? Setting.explicit(Long.toString(mem.value()), mem.source()) : Setting.unset(mem.source());

    MapReader cpu = resources.map("cpu");
    Setting<Long> quota = cpu == null ? Setting.unset(resources.sourceOf("cpu")) : cpu.integer("quota");
    Setting<String> cpuLimit = Setting.unset(quota.source());
    if (quota.isKnown() && quota.value() > 0) {
      Setting<Long> period = cpu.integer("period");
      long p = period.isKnown() && period.value() > 0 ? period.value() : 100_000L;
      cpuLimit = Setting.explicit(new BigDecimal(quota.value()).divide(new BigDecimal(p), 3, RoundingMode.HALF_UP)
          .stripTrailingZeros().toPlainString(), quota.source());
    }

    MapReader pids = resources.map("pids");
    Setting<Long> limit = pids == null ? Setting.unset(resources.sourceOf("pids")) : pids.integer("limit");
    Setting<Long> pidsLimit = limit.isKnown() && limit.value() > 0 ? limit : Setting.unset(limit.source());
    return new Resources(memoryLimit, cpuLimit, pidsLimit);
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

  /**
   * A namespace type missing from linux.namespaces is the host's; one with a path joins that
   * namespace, which is the host's for /proc/1/ns/* and for Docker's handle on the host network
   * namespace (.../netns/default, what --network host writes). A user namespace also shows as
   * uidMappings.
   */
  private static Namespaces namespaces(MapReader config, MapReader linux) {
    Source listKey = at(config, "linux", linux, "namespaces");
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

  static boolean isHostNamespace(String path, String type) {
    return path.startsWith("/proc/1/ns/") || path.startsWith("/proc/self/ns/")
        || "network".equals(type) && path.endsWith("/netns/default");
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
