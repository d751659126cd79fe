package dev.moat.input.inspect;

import dev.moat.input.tree.MapNode;
import dev.moat.input.tree.MapReader;
import dev.moat.input.tree.Problems;
import dev.moat.model.Capabilities;
import dev.moat.model.Container;
import dev.moat.model.ContainerKind;
import dev.moat.model.DefaultCapabilities;
import dev.moat.model.Device;
import dev.moat.model.Identity;
import dev.moat.model.Isolation;
import dev.moat.model.Mount;
import dev.moat.model.MountKind;
import dev.moat.model.Namespaces;
import dev.moat.model.ObjectRef;
import dev.moat.model.Platform;
import dev.moat.model.PodDefaults;
import dev.moat.model.Port;
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
 * Reads one container object of docker/podman inspect output. Inspect output is the engine's view
 * of a container it created, so where it reports what is in effect that wins over what was asked
 * for: the top-level Mounts (what the engine set up) over HostConfig.Binds, AppArmorProfile and
 * ProcessLabel (the labels applied) over SecurityOpt, Podman's EffectiveCaps and BoundingCaps over
 * CapAdd/CapDrop, MaskedPaths over the systempaths option, and Config.User, which the engine has
 * already filled from the image's USER (empty means root).
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

    SecurityOpts opts = SecurityOpts.read(hc.strings("SecurityOpt"), hc.sourceOf("SecurityOpt"));
    Isolation isolation = new Isolation(
        orDefault(hc, "Privileged", false),
        allowPrivilegeEscalation(opts),
        capabilities(obj, hc, platform),
        seccomp(opts),
        appArmor(obj, opts),
        seLinux(obj, opts),
        orDefault(hc, "ReadonlyRootfs", false),
        identity(obj, config),
        procMount(hc, opts),
        Setting.unset(where));

    Container container = new Container(
        name,
        ContainerKind.REGULAR,
        where,
        config != null ? config.string("Image") : Setting.unset(obj.sourceOf("Config")),
        isolation,
        resources(hc),
        mounts(obj, hc),
        devices(hc),
        ports(hc),
        List.of());

    WorkloadIsolation workload = new WorkloadIsolation(
        namespaces(hc, platform),
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

  private static Setting<Boolean> orDefault(MapReader m, String key, boolean engineDefault) {
    Setting<Boolean> s = m.bool(key);
    return s.isKnown() ? s : Setting.defaulted(engineDefault, s.source());
  }

  private static Setting<Boolean> allowPrivilegeEscalation(SecurityOpts opts) {
    Setting<Boolean> nnp = opts.noNewPrivileges();
    return nnp.isKnown() ? Setting.explicit(!nnp.value(), nnp.source()) : Setting.defaulted(true, nnp.source());
  }

  /**
   * Docker reports what was added and dropped; its default set does the rest. Podman reports the
   * sets themselves (its CapAdd/CapDrop are relative to Docker's default list, so they do not say
   * what was asked for): the effective and bounding sets become the reported set.
   */
  private static Capabilities capabilities(MapReader obj, MapReader hc, Platform platform) {
    List<Setting<String>> add = hc.strings("CapAdd");
    List<Setting<String>> drop = hc.strings("CapDrop");
    Source where = hc.sourceOf("CapDrop");
    if (platform == Platform.PODMAN) {
      if (obj.node().has("EffectiveCaps") || obj.node().has("BoundingCaps")) {
        List<Setting<String>> reported = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String key : List.of("EffectiveCaps", "BoundingCaps")) {
          for (Setting<String> s : obj.strings(key)) { // null: Podman's way of saying "none"
            if (seen.add(Capabilities.normalize(s.value()))) {
              reported.add(s);
            }
          }
        }
        return new Capabilities(add, drop, DefaultCapabilities.PODMAN, where, reported);
      }
      return new Capabilities(add, drop, DefaultCapabilities.PODMAN, where);
    }
    return new Capabilities(add, drop, DefaultCapabilities.DOCKER, where);
  }

  /** Docker and Podman apply their default profile unless SecurityOpt says otherwise. */
  private static Setting<Profile> seccomp(SecurityOpts opts) {
    Setting<Profile> s = opts.seccomp();
    return s.isKnown() ? s : Setting.defaulted(new Profile(ProfileKind.RUNTIME_DEFAULT, "default", null), s.source());
  }

  /** AppArmorProfile is the profile applied (empty on hosts without AppArmor); else what was asked. */
  private static Setting<Profile> appArmor(MapReader obj, SecurityOpts opts) {
    Setting<String> applied = obj.string("AppArmorProfile");
    if (applied.isKnown() && !applied.value().isEmpty()) {
      return Setting.explicit(SecurityOpts.appArmorProfile(applied.value()), applied.source());
    }
    return opts.appArmor().isKnown() ? opts.appArmor() : Setting.unset(applied.source());
  }

  /** ProcessLabel is the SELinux label applied (empty without SELinux); else what was asked. */
  private static Setting<SeLinux> seLinux(MapReader obj, SecurityOpts opts) {
    Setting<String> label = obj.string("ProcessLabel");
    if (label.isKnown() && !label.value().isEmpty()) {
      return Setting.explicit(SecurityOpts.processLabel(label.value()), label.source());
    }
    return opts.seLinux().isKnown() ? opts.seLinux() : Setting.unset(label.source());
  }

  /**
   * Docker reports the paths it masks: an empty MaskedPaths is an unmasked /proc (what
   * systempaths=unconfined does). Podman 4 does not report them; its unmask option is read instead.
   */
  private static Setting<String> procMount(MapReader hc, SecurityOpts opts) {
    if (opts.unmasked().isKnown()) {
      return Setting.explicit("Unmasked", opts.unmasked().source());
    }
    Source masked = hc.sourceOf("MaskedPaths");
    if (hc.has("MaskedPaths")) {
      return Setting.explicit(hc.strings("MaskedPaths").isEmpty() ? "Unmasked" : "Default", masked);
    }
    return Setting.defaulted("Default", masked);
  }

  /**
   * Config.User as the engine filled it in: "" is root (the image's USER was merged in already),
   * "uid[:gid]" with numbers or names; a name other than root only the image can resolve.
   */
  private static Identity identity(MapReader obj, MapReader config) {
    Source where = config != null ? config.sourceOf("User") : obj.sourceOf("Config");
    Setting<String> user = config != null ? config.string("User") : Setting.unset(where);
    String text = user.orElse("").trim();
    if (text.isEmpty()) {
      return new Identity(Setting.defaulted(0L, where), Setting.unset(where), Setting.unset(where), Setting.unset(where));
    }
    int colon = text.indexOf(':');
    String u = colon < 0 ? text : text.substring(0, colon);
    String g = colon < 0 ? null : text.substring(colon + 1);
    Long uid = id(u);
    Long gid = g == null ? null : id(g);
    return new Identity(
        uid != null ? Setting.explicit(uid, where) : Setting.unset(where),
        gid != null ? Setting.explicit(gid, where) : Setting.unset(where),
        Setting.unset(where),
        uid == null && !u.isEmpty() ? Setting.explicit(u, where) : Setting.unset(where));
  }

  /** A numeric id, 0 for the name root, null for any other name. */
  private static Long id(String s) {
    if ("root".equals(s)) {
      return 0L;
    }
    if (s.isEmpty() || !s.chars().allMatch(Character::isDigit) || s.length() > 10) {
      return null;
    }
    return Long.parseLong(s);
  }

  /** 0 (and -1 for pids) means unlimited: the setting is then unset, pointing at its key. */
  private static Resources resources(MapReader hc) {
    Setting<Long> memory = hc.integer("Memory");
    Setting<String> memoryLimit = memory.isKnown() && memory.value() > 0
        ? Setting.explicit(Long.toString(memory.value()), memory.source()) : Setting.unset(memory.source());

    Setting<Long> nano = hc.integer("NanoCpus");
    Setting<Long> quota = hc.integer("CpuQuota");
    Setting<Long> period = hc.integer("CpuPeriod");
    Setting<String> cpuLimit;
    if (nano.isKnown() && nano.value() > 0) {
      cpuLimit = Setting.explicit(new BigDecimal(nano.value()).movePointLeft(9).stripTrailingZeros().toPlainString(),
          nano.source());
    } else if (quota.isKnown() && quota.value() > 0) {
      long p = period.isKnown() && period.value() > 0 ? period.value() : 100_000L;
      cpuLimit = Setting.explicit(new BigDecimal(quota.value()).divide(new BigDecimal(p), 3, RoundingMode.HALF_UP)
          .stripTrailingZeros().toPlainString(), quota.source());
    } else {
      cpuLimit = Setting.unset(nano.source());
    }

    Setting<Long> pids = hc.integer("PidsLimit");
    Setting<Long> pidsLimit = pids.isKnown() && pids.value() > 0 ? pids : Setting.unset(pids.source());
    return new Resources(memoryLimit, cpuLimit, pidsLimit);
  }

  /**
   * The top-level Mounts is what the engine set up (named volumes resolved, --mount and -v alike);
   * only output without it (an Engine API create body, hand-trimmed JSON) falls back to
   * HostConfig.Binds and HostConfig.Mounts. --tmpfs mounts are in HostConfig.Tmpfs.
   */
  private static List<Mount> mounts(MapReader obj, MapReader hc) {
    List<Mount> out = new ArrayList<>();
    if (obj.node().has("Mounts")) {
      for (MapReader m : obj.maps("Mounts")) {
        String type = m.string("Type").orElse("");
        String destination = m.string("Destination").orElse("");
        Setting<Boolean> rw = m.bool("RW");
        Setting<Boolean> readOnly = rw.isKnown() ? Setting.explicit(!rw.value(), rw.source())
            : Setting.defaulted(false, rw.source());
        switch (type) {
          case "bind" -> {
            Setting<String> src = m.string("Source");
            out.add(new Mount(MountKind.HOST_PATH, src.orElse(""), destination, readOnly, null, m.source(), src.source()));
          }
          case "volume" -> out.add(new Mount(MountKind.VOLUME, null, destination, readOnly,
              m.string("Name").value(), m.source(), null));
          case "tmpfs" -> out.add(new Mount(MountKind.TMPFS, null, destination, readOnly, null, m.source(), null));
          default -> out.add(new Mount(MountKind.OTHER, null, destination, readOnly, null, m.source(), null));
        }
      }
    } else {
      for (Setting<String> bind : hc.strings("Binds")) {
        out.add(bind(bind));
      }
      for (MapReader m : hc.maps("Mounts")) {
        String type = m.string("Type").orElse("volume");
        Setting<String> src = m.string("Source");
        String target = m.string("Target").orElse("");
        Setting<Boolean> ro = m.bool("ReadOnly");
        Setting<Boolean> readOnly = ro.isKnown() ? ro : Setting.defaulted(false, ro.source());
        MountKind kind = switch (type) {
          case "bind" -> MountKind.HOST_PATH;
          case "volume" -> MountKind.VOLUME;
          case "tmpfs" -> MountKind.TMPFS;
          default -> MountKind.OTHER;
        };
        out.add(new Mount(kind, kind == MountKind.HOST_PATH ? src.orElse("") : null, target, readOnly,
            kind == MountKind.VOLUME ? src.value() : null, m.source(), kind == MountKind.HOST_PATH ? src.source() : null));
      }
    }
    MapReader tmpfs = hc.map("Tmpfs");
    if (tmpfs != null) {
      for (String path : tmpfs.node().keys()) {
        boolean listed = out.stream().anyMatch(m -> m.containerPath().equals(path));
        if (!listed) {
          Source src = tmpfs.sourceOf(path);
          out.add(new Mount(MountKind.TMPFS, null, path, Setting.defaulted(false, src), null, src, null));
        }
      }
    }
    return out;
  }

  /** "/host:/ctr[:opts]" is a host path; "name:/ctr[:opts]" a named volume. */
  private static Mount bind(Setting<String> bind) {
    String[] parts = bind.value().split(":", 3);
    String source = parts[0];
    String target = parts.length > 1 ? parts[1] : parts[0];
    boolean ro = parts.length > 2 && List.of(parts[2].split(",")).contains("ro");
    Setting<Boolean> readOnly = Setting.explicit(ro, bind.source());
    if (source.startsWith("/")) {
      return new Mount(MountKind.HOST_PATH, source, target, readOnly, null, bind.source(), bind.source());
    }
    return new Mount(MountKind.VOLUME, null, target, readOnly, source, bind.source(), null);
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

  /**
   * PidMode, NetworkMode, IpcMode and UTSMode say "host" for the host's namespace. UsernsMode is
   * empty when the daemon decides (rootful Docker without userns-remap shares the host's; the output
   * cannot tell), so only "host" and an explicit private mode are known. The cgroup namespace is
   * CgroupnsMode (Docker) or CgroupMode (Podman).
   */
  private static Namespaces namespaces(MapReader hc, Platform platform) {
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
