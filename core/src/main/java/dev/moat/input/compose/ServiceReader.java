package dev.moat.input.compose;

import dev.moat.input.compose.CNode.CMap;
import dev.moat.input.compose.CNode.CScalar;
import dev.moat.model.Capabilities;
import dev.moat.model.DefaultCapabilities;
import dev.moat.model.Device;
import dev.moat.model.Identity;
import dev.moat.model.Isolation;
import dev.moat.model.Mount;
import dev.moat.model.MountKind;
import dev.moat.model.Port;
import dev.moat.model.Profile;
import dev.moat.model.ProfileKind;
import dev.moat.model.Resources;
import dev.moat.model.SeLinux;
import dev.moat.model.Setting;
import dev.moat.model.Source;
import dev.moat.model.Suppression;
import dev.moat.model.Sysctl;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads one service of a merged project with Docker's defaults: the 14 default capabilities, the
 * default seccomp and AppArmor profiles unless {@code security_opt} turns them off,
 * no-new-privileges off, a writable root filesystem, private namespaces. What the file cannot
 * show stays unset: the user when {@code user:} is absent (the image's USER decides), the user
 * namespace (the daemon's userns-remap decides), the cgroup namespace (the host's cgroup version
 * decides). An explicit setting points at its key; a missing one at the service's line.
 */
final class ServiceReader {

  static final String IGNORE_LABEL = "moat.dev/ignore";
  static final String IGNORE_REASON_LABEL = "moat.dev/ignore-reason";

  /** A namespace mode as written ("host", "service:db", "container:x", "private"), or unset. */
  record Mode(String value, Source source) {

    boolean isSet() {
      return value != null;
    }

    /** The service named by "service:NAME", or null. */
    String service() {
      return value != null && value.startsWith("service:") ? value.substring(8) : null;
    }
  }

  /** A volumes_from entry: another service's (or container's) mounts, optionally read-only. */
  record VolumesFrom(String service, Boolean readOnly, Source source) {}

  /** Everything read from one service, before references to other services are resolved. */
  record Spec(
      String name,
      Source source,
      Setting<String> image,
      Isolation isolation,
      Resources resources,
      List<Mount> mounts,
      List<VolumesFrom> volumesFrom,
      List<Device> devices,
      List<Port> ports,
      List<Sysctl> sysctls,
      Mode pid,
      Mode ipc,
      Mode network,
      Setting<Boolean> hostUts,
      Setting<Boolean> hostCgroup,
      Setting<Boolean> hostUser,
      Setting<String> runtime,
      Setting<String> os,
      List<Suppression> suppressions,
      boolean hasImageOrBuild) {}

  /** A top-level named volume that is really a bind of a host path (driver_opts o: bind). */
  record BoundVolume(String hostPath, Source source) {}

  private final Fields f;
  private final Map<String, BoundVolume> boundVolumes;

  ServiceReader(Fields fields, Map<String, BoundVolume> boundVolumes) {
    this.f = fields;
    this.boundVolumes = boundVolumes;
  }

  Spec read(String name, CMap s, Source source) {
    return new Spec(
        name,
        source,
        image(s, source),
        isolation(s, source),
        resources(s, source),
        mounts(s),
        volumesFrom(s),
        devices(s),
        ports(s),
        sysctls(s),
        mode(s, "pid"),
        mode(s, "ipc"),
        mode(s, "network_mode"),
        hostMode(s, "uts", Setting.defaulted(false, source)),
        hostMode(s, "cgroup", Setting.unset(source)),
        hostMode(s, "userns_mode", Setting.unset(source)),
        f.string(s, "runtime", source),
        os(s, source),
        suppressions(s),
        Fields.entry(s, "image") != null || Fields.entry(s, "build") != null || Fields.entry(s, "extends") != null);
  }

  /**
   * The image. A service with a build section runs the image built from its Dockerfile, which no
   * registry serves: its image is unset at the build key when image: is absent or a bare local
   * name ("etl-kafka"). An image: with a namespace or registry (team/api, ghcr.io/org/api) names
   * what docker compose pushes and other hosts pull, so it is judged.
   */
  private Setting<String> image(CMap s, Source source) {
    Setting<String> image = f.string(s, "image", source);
    CMap.Entry build = Fields.entry(s, "build");
    if (build != null && (!image.isKnown() || !image.value().contains("/"))) {
      return Setting.unset(Fields.at(build));
    }
    return image;
  }

  private Isolation isolation(CMap s, Source source) {
    SecurityOpts opts = securityOpts(s);
    Setting<Boolean> nnp = opts.noNewPrivileges;
    return new Isolation(
        orDefault(f.bool(s, "privileged", source), false, source),
        nnp == null ? Setting.defaulted(true, source) : Setting.explicit(!nnp.value(), nnp.source()),
        capabilities(s, source),
        opts.seccomp != null ? opts.seccomp : Setting.defaulted(new Profile(ProfileKind.RUNTIME_DEFAULT, "builtin", null), source),
        opts.appArmor != null ? opts.appArmor
            : Setting.defaulted(new Profile(ProfileKind.RUNTIME_DEFAULT, "docker-default", null), source),
        opts.seLinux != null ? opts.seLinux : Setting.unset(source),
        orDefault(f.bool(s, "read_only", source), false, source),
        identity(s, source),
        opts.procMount != null ? opts.procMount : Setting.defaulted("Default", source),
        Setting.unset(source));
  }

  private static Setting<Boolean> orDefault(Setting<Boolean> s, boolean value, Source source) {
    return s.isKnown() ? s : Setting.defaulted(value, source);
  }

  private Capabilities capabilities(CMap s, Source source) {
    CMap.Entry drop = Fields.entry(s, "cap_drop");
    return new Capabilities(f.strings(s, "cap_add"), f.strings(s, "cap_drop"), DefaultCapabilities.DOCKER,
        drop != null ? Fields.at(drop) : source);
  }

  /** What security_opt says; null fields were not written. */
  private static final class SecurityOpts {
    Setting<Profile> seccomp;
    Setting<Profile> appArmor;
    Setting<SeLinux> seLinux;
    Setting<Boolean> noNewPrivileges;
    Setting<String> procMount;
  }

  /**
   * security_opt entries as the Docker engine reads them: "key=value", or the legacy "key:value";
   * a bare "no-new-privileges" means true. Later entries win, as in the engine.
   */
  private SecurityOpts securityOpts(CMap s) {
    SecurityOpts out = new SecurityOpts();
    String user = "";
    String role = "";
    String type = "";
    String level = "";
    for (Setting<String> opt : f.strings(s, "security_opt")) {
      String t = opt.value().trim();
      int eq = t.indexOf('=');
      int colon = t.indexOf(':');
      int sep = eq >= 0 && (colon < 0 || eq < colon) ? eq : colon;
      String key = (sep < 0 ? t : t.substring(0, sep)).trim().toLowerCase(Locale.ROOT);
      String value = sep < 0 ? null : t.substring(sep + 1).trim();
      Source at = opt.source();
      switch (key) {
        case "seccomp" -> out.seccomp = Setting.explicit(profile(value, "builtin"), at);
        case "apparmor" -> out.appArmor = Setting.explicit(profile(value, "docker-default"), at);
        case "label" -> {
          if (value == null) {
            break;
          }
          if ("disable".equalsIgnoreCase(value)) {
            out.seLinux = Setting.explicit(SeLinux.disabledLabel(), at);
            break;
          }
          if (out.seLinux != null && out.seLinux.value().disabled()) {
            break;
          }
          int c = value.indexOf(':');
          String part = c < 0 ? value : value.substring(0, c);
          String v = c < 0 ? "" : value.substring(c + 1);
          switch (part.toLowerCase(Locale.ROOT)) {
            case "user" -> user = v;
            case "role" -> role = v;
            case "type" -> type = v;
            case "level" -> level = v;
            default -> {
              continue; // nested, filetype and others do not change the process label
            }
          }
          out.seLinux = Setting.explicit(new SeLinux(user, role, type, level, false),
              out.seLinux != null ? out.seLinux.source() : at);
        }
        case "no-new-privileges" -> {
          Boolean b = value == null || value.isEmpty() ? Boolean.TRUE : parseBool(value);
          if (b == null) {
            f.problems().add(at, dev.moat.input.tree.Problems.path(at.pointer())
                + ": no-new-privileges takes true or false, found \"" + value + "\"");
          } else {
            out.noNewPrivileges = Setting.explicit(b, at);
          }
        }
        case "systempaths" -> {
          if ("unconfined".equalsIgnoreCase(value)) {
            out.procMount = Setting.explicit("Unmasked", at);
          }
        }
        case "unmask" -> {
          if ("ALL".equalsIgnoreCase(value)) {
            out.procMount = Setting.explicit("Unmasked", at);
          }
        }
        default -> { }
      }
    }
    return out;
  }

  /** Go's strconv.ParseBool, which the engine uses for no-new-privileges:VALUE. */
  private static Boolean parseBool(String v) {
    return switch (v) {
      case "1", "t", "T", "true", "TRUE", "True" -> Boolean.TRUE;
      case "0", "f", "F", "false", "FALSE", "False" -> Boolean.FALSE;
      default -> null;
    };
  }

  private static Profile profile(String value, String defaultName) {
    if (value == null || value.isEmpty()) {
      return new Profile(ProfileKind.OTHER, "", null);
    }
    if ("unconfined".equalsIgnoreCase(value)) {
      return new Profile(ProfileKind.UNCONFINED, value, null);
    }
    if (defaultName.equals(value) || "default".equals(value) || "builtin".equals(value)
        || "runtime/default".equals(value)) {
      return new Profile(ProfileKind.RUNTIME_DEFAULT, value, null);
    }
    return new Profile(ProfileKind.LOCALHOST, value, value);
  }

  /**
   * user: "UID[:GID]" or names; "root" is 0, other names are kept for the image to resolve. Unset
   * when absent: the image's USER decides.
   */
  private Identity identity(CMap s, Source source) {
    Setting<String> user = f.string(s, "user", source);
    if (!user.isKnown() || user.value().isBlank()) {
      Source where = user.isKnown() ? user.source() : source;
      return new Identity(Setting.unset(where), Setting.unset(where), Setting.unset(where), Setting.unset(where));
    }
    String text = user.value().trim();
    int colon = text.indexOf(':');
    String u = colon < 0 ? text : text.substring(0, colon);
    String g = colon < 0 ? null : text.substring(colon + 1);
    Source at = user.source();
    Setting<Long> uid = Setting.unset(at);
    Setting<String> userName = Setting.unset(at);
    Long parsedUid = id(u);
    if (parsedUid != null) {
      uid = Setting.explicit(parsedUid, at);
    } else if (!u.isEmpty()) {
      userName = Setting.explicit(u, at);
    }
    Long parsedGid = g == null ? null : id(g);
    Setting<Long> gid = parsedGid != null ? Setting.explicit(parsedGid, at) : Setting.unset(at);
    return new Identity(uid, gid, Setting.unset(at), userName);
  }

  /** A numeric id, or 0 for "root"; null for another name. */
  private static Long id(String text) {
    if ("root".equals(text)) {
      return 0L;
    }
    if (!text.isEmpty() && text.length() < 19 && text.chars().allMatch(Character::isDigit)) {
      return Long.parseLong(text);
    }
    return null;
  }

  /**
   * Memory, CPU and pids limits: deploy.resources.limits wins where it sets a value, as in docker
   * compose; mem_limit, cpus (or cpu_quota) and pids_limit otherwise. A zero memory or CPU value
   * means no limit and points at its key.
   */
  private Resources resources(CMap s, Source source) {
    CMap deploy = f.map(s, "deploy");
    CMap res = deploy == null ? null : f.map(deploy, "resources");
    CMap limits = res == null ? null : f.map(res, "limits");
    Setting<String> memory = firstLimit(f.bytes(limits, "memory", source), f.bytes(s, "mem_limit", source), source);
    Setting<String> cpu = firstLimit(f.number(limits, "cpus", source), f.number(s, "cpus", source), source);
    if (!cpu.isKnown()) {
      Setting<Long> quota = f.integer(s, "cpu_quota", source);
      if (quota.isKnown() && quota.value() > 0) {
        cpu = Setting.explicit("cpu_quota " + quota.value(), quota.source());
      }
    }
    Setting<Long> deployPids = f.integer(limits, "pids", source);
    Setting<Long> pids = deployPids.isKnown() && deployPids.value() > 0 ? deployPids : f.integer(s, "pids_limit", source);
    if (!pids.isKnown() && deployPids.isKnown()) {
      pids = deployPids;
    }
    return new Resources(memory, cpu, pids);
  }

  private static Setting<String> firstLimit(Setting<String> deploy, Setting<String> service, Source source) {
    if (deploy.isKnown() && !Fields.isZero(deploy.value())) {
      return deploy;
    }
    if (service.isKnown() && !Fields.isZero(service.value())) {
      return service;
    }
    // A zero limit is no limit: point at where it is written.
    if (deploy.isKnown()) {
      return Setting.unset(deploy.source());
    }
    return service.isKnown() ? Setting.unset(service.source()) : Setting.unset(source);
  }

  private List<Mount> mounts(CMap s) {
    List<Mount> out = new ArrayList<>();
    for (CNode item : f.items(s, "volumes", false, "a list of volumes")) {
      Mount m = item instanceof CScalar sc ? shortVolume(sc) : item instanceof CMap map ? longVolume(map) : null;
      if (item instanceof CNode.CSeq) {
        f.wrong(item, "a volume (a string or a mapping)");
      }
      if (m != null) {
        out.add(m);
      }
    }
    for (CNode item : f.items(s, "tmpfs", true, "a path or a list of paths")) {
      if (item instanceof CScalar sc && !sc.isNull()) {
        String target = sc.text();
        int colon = target.indexOf(':');
        target = colon < 0 ? target : target.substring(0, colon);
        out.add(new Mount(MountKind.TMPFS, null, target, Setting.defaulted(false, sc.loc().source()), null,
            sc.loc().source(), null));
      } else {
        f.wrong(item, "a path");
      }
    }
    return out;
  }

  private Mount shortVolume(CScalar sc) {
    Source at = sc.loc().source();
    ShortSyntax.VolumeSpec v = ShortSyntax.volume(sc.text());
    if (v == null) {
      f.wrong(sc, "a volume such as ./data:/data:ro or name:/data");
      return null;
    }
    Setting<Boolean> readOnly = v.readOnly() ? Setting.explicit(true, at)
        : v.readWrite() ? Setting.explicit(false, at) : Setting.defaulted(false, at);
    if (v.source() == null) {
      return new Mount(MountKind.VOLUME, null, v.target(), readOnly, null, at, null);
    }
    if (ShortSyntax.isHostPath(v.source())) {
      return new Mount(MountKind.HOST_PATH, Paths.hostPath(v.source(), sc.loc().dir()), v.target(), readOnly, null, at, at);
    }
    return namedVolume(v.source(), v.target(), readOnly, at);
  }

  private Mount namedVolume(String name, String target, Setting<Boolean> readOnly, Source at) {
    BoundVolume bound = boundVolumes.get(name);
    if (bound != null) {
      return new Mount(MountKind.HOST_PATH, bound.hostPath(), target, readOnly, name, at, bound.source());
    }
    return new Mount(MountKind.VOLUME, null, target, readOnly, name, at, null);
  }

  private Mount longVolume(CMap m) {
    Source at = m.loc().source();
    Setting<String> typeSetting = f.string(m, "type", at);
    Setting<String> sourceSetting = f.string(m, "source", at);
    Setting<String> target = f.string(m, "target", at);
    Setting<Boolean> ro = f.bool(m, "read_only", at);
    Setting<Boolean> readOnly = ro.isKnown() ? ro : Setting.defaulted(false, at);
    String src = sourceSetting.value();
    String type = typeSetting.isKnown() ? typeSetting.value().toLowerCase(Locale.ROOT)
        : ShortSyntax.isHostPath(src) ? "bind" : "volume";
    String containerPath = target.orElse("");
    switch (type) {
      case "bind" -> {
        if (src == null || src.isEmpty()) {
          f.problems().add(at, Fields.path(m.loc()) + ": a bind mount needs a source (the host path)");
          return null;
        }
        return new Mount(MountKind.HOST_PATH, Paths.hostPath(src, m.loc().dir()), containerPath, readOnly, null, at,
            sourceSetting.source());
      }
      case "npipe" -> {
        return new Mount(MountKind.HOST_PATH, src == null ? "" : src, containerPath, readOnly, null, at,
            sourceSetting.source());
      }
      case "volume" -> {
        if (src == null || src.isEmpty()) {
          return new Mount(MountKind.VOLUME, null, containerPath, readOnly, null, at, null);
        }
        return namedVolume(src, containerPath, readOnly, at);
      }
      case "tmpfs" -> {
        return new Mount(MountKind.TMPFS, null, containerPath, readOnly, null, at, null);
      }
      default -> {
        return new Mount(MountKind.OTHER, null, containerPath, readOnly, src, at, null);
      }
    }
  }

  private List<VolumesFrom> volumesFrom(CMap s) {
    List<VolumesFrom> out = new ArrayList<>();
    for (Setting<String> entry : f.strings(s, "volumes_from")) {
      String t = entry.value().trim();
      Boolean readOnly = null;
      if (t.endsWith(":ro") || t.endsWith(":rw")) {
        readOnly = t.endsWith(":ro");
        t = t.substring(0, t.length() - 3);
      }
      // "container:NAME" names a container outside the project, which a file cannot show.
      out.add(new VolumesFrom(t.startsWith("container:") ? null : t, readOnly, entry.source()));
    }
    return out;
  }

  private List<Device> devices(CMap s) {
    List<Device> out = new ArrayList<>();
    for (CNode item : f.items(s, "devices", false, "a list of devices")) {
      Source at = item.loc().source();
      if (item instanceof CScalar sc && !sc.isNull()) {
        ShortSyntax.DeviceSpec d = ShortSyntax.device(sc.text());
        out.add(new Device(d.hostPath(), d.containerPath(), d.permissions(), at));
      } else if (item instanceof CMap m) {
        Setting<String> src = f.string(m, "source", at);
        Setting<String> target = f.string(m, "target", at);
        Setting<String> permissions = f.string(m, "permissions", at);
        if (!src.isKnown()) {
          f.problems().add(at, Fields.path(m.loc()) + ": a device needs a source (the host device)");
          continue;
        }
        out.add(new Device(src.value(), target.orElse(src.value()), permissions.orElse("rwm"), at));
      } else {
        f.wrong(item, "a device such as /dev/ttyUSB0:/dev/ttyUSB0");
      }
    }
    return out;
  }

  private List<Port> ports(CMap s) {
    List<Port> out = new ArrayList<>();
    for (CNode item : f.items(s, "ports", false, "a list of ports")) {
      Source at = item.loc().source();
      if (item instanceof CScalar sc && !sc.isNull()) {
        ShortSyntax.PortSpec p = ShortSyntax.port(sc.text());
        if (p == null) {
          f.wrong(item, "a port such as 8080:80 or 127.0.0.1:8080:80/udp");
          continue;
        }
        out.add(new Port(p.containerPort(), p.hostPort(), p.hostIp(), p.protocol(), at));
      } else if (item instanceof CMap m) {
        CMap.Entry target = f.scalar(m, "target", "a port number");
        Integer containerPort = target == null ? null : ShortSyntax.firstPort(Fields.text(target));
        if (containerPort == null) {
          if (target != null) {
            f.wrong(target, "a port number");
          } else {
            f.problems().add(at, Fields.path(m.loc()) + ": a port needs a target (the container port)");
          }
          continue;
        }
        CMap.Entry published = f.scalar(m, "published", "a port number or range");
        Integer hostPort = published == null ? null : ShortSyntax.firstPort(Fields.text(published));
        if (published != null && hostPort == null) {
          f.wrong(published, "a port number or range");
          continue;
        }
        out.add(new Port(containerPort, hostPort, f.string(m, "host_ip", at).value(),
            f.string(m, "protocol", at).orElse("tcp"), published != null ? Fields.at(published) : at));
      } else {
        f.wrong(item, "a port such as 8080:80");
      }
    }
    return out;
  }

  /** sysctls as a mapping or as a list of name=value. */
  private List<Sysctl> sysctls(CMap s) {
    List<Sysctl> out = new ArrayList<>();
    CMap.Entry e = Fields.entry(s, "sysctls");
    if (e == null) {
      return out;
    }
    if (e.value() instanceof CMap m) {
      for (CMap.Entry kv : m.list()) {
        if (kv.value() instanceof CScalar sc) {
          out.add(new Sysctl(kv.key(), sc.isNull() ? "" : sc.text(), Fields.at(kv)));
        } else {
          f.wrong(kv, "a value");
        }
      }
    } else if (e.value() instanceof CNode.CSeq) {
      for (Setting<String> item : f.strings(s, "sysctls")) {
        String t = item.value();
        int eq = t.indexOf('=');
        out.add(new Sysctl(eq < 0 ? t.trim() : t.substring(0, eq).trim(), eq < 0 ? "" : t.substring(eq + 1).trim(),
            item.source()));
      }
    } else {
      f.wrong(e, "a mapping or a list of name=value");
    }
    return out;
  }

  private Mode mode(CMap s, String key) {
    CMap.Entry e = f.scalar(s, key, "a string");
    return e == null ? new Mode(null, null) : new Mode(Fields.text(e).trim(), Fields.at(e));
  }

  /** "host" shares the host's namespace; any other written value does not. */
  private Setting<Boolean> hostMode(CMap s, String key, Setting<Boolean> whenAbsent) {
    CMap.Entry e = f.scalar(s, key, "a string");
    if (e == null) {
      return whenAbsent;
    }
    return Setting.explicit("host".equals(Fields.text(e).trim()), Fields.at(e));
  }

  /** platform: windows/amd64 runs a Windows container, where Linux-only settings do not apply. */
  private Setting<String> os(CMap s, Source source) {
    CMap.Entry e = f.scalar(s, "platform", "a platform such as linux/amd64");
    if (e == null) {
      return Setting.unset(source);
    }
    String t = Fields.text(e).trim().toLowerCase(Locale.ROOT);
    int slash = t.indexOf('/');
    return Setting.explicit(slash < 0 ? t : t.substring(0, slash), Fields.at(e));
  }

  /** labels moat.dev/ignore (and moat.dev/ignore-reason), as a mapping or a key=value list. */
  private List<Suppression> suppressions(CMap s) {
    CMap.Entry e = Fields.entry(s, "labels");
    if (e == null) {
      return List.of();
    }
    String ids = null;
    Source where = null;
    String reason = null;
    List<CNode> items;
    if (e.value() instanceof CMap || e.value() instanceof CNode.CSeq) {
      items = Merge.keyValues(e.value());
    } else {
      f.wrong(e, "a mapping or a list of key=value");
      return List.of();
    }
    for (CNode item : items) {
      if (!(item instanceof CScalar sc)) {
        f.wrong(item, "a key=value string");
        continue;
      }
      String t = sc.text();
      int eq = t.indexOf('=');
      String key = eq < 0 ? t : t.substring(0, eq);
      String value = eq < 0 ? "" : t.substring(eq + 1);
      if (IGNORE_LABEL.equals(key)) {
        ids = value;
        where = sc.loc().source();
      } else if (IGNORE_REASON_LABEL.equals(key)) {
        reason = value;
      }
    }
    if (ids == null) {
      return List.of();
    }
    List<String> ruleIds = new ArrayList<>();
    for (String id : ids.split(",")) {
      if (!id.isBlank()) {
        ruleIds.add(id.trim());
      }
    }
    return List.of(new Suppression(ruleIds, reason == null || reason.isBlank() ? null : reason.trim(), where));
  }
}
