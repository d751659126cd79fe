package dev.moat.input.compose;

import dev.moat.input.IgnoreLabel;
import dev.moat.input.compose.CNode.CMap;
import dev.moat.input.compose.CNode.CScalar;
import dev.moat.model.Build;
import dev.moat.model.Device;
import dev.moat.model.Isolation;
import dev.moat.model.Mount;
import dev.moat.model.Port;
import dev.moat.model.Resources;
import dev.moat.model.Setting;
import dev.moat.model.Source;
import dev.moat.model.Suppression;
import dev.moat.model.Sysctl;
import java.nio.file.Path;
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
 *
 * <p>The fields are read by concern ({@link ServiceIsolation}, {@link ServiceResources},
 * {@link ServiceMounts}, {@link ServiceDevices}, {@link ServicePorts}); this class reads the rest
 * and keeps the order in which problems are reported.
 */
final class ServiceReader {

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
      boolean hasImageOrBuild,
      Build build) {}

  /** A top-level named volume that is really a bind of a host path (driver_opts o: bind). */
  record BoundVolume(String hostPath, Source source) {}

  private final Fields f;
  private final ServiceMounts mounts;
  private final Path projectDirectory;

  /** @param projectDirectory the absolute project directory, or null for standard input */
  ServiceReader(Fields fields, Map<String, BoundVolume> boundVolumes, Path projectDirectory) {
    this.f = fields;
    this.mounts = new ServiceMounts(fields, boundVolumes);
    this.projectDirectory = projectDirectory;
  }

  Spec read(String name, CMap s, Source source) {
    return new Spec(
        name,
        source,
        image(s, source),
        ServiceIsolation.read(f, s, source),
        ServiceResources.read(f, s, source),
        mounts.read(s),
        mounts.volumesFrom(s),
        ServiceDevices.read(f, s),
        ServicePorts.read(f, s),
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
        Fields.entry(s, "image") != null || Fields.entry(s, "build") != null || Fields.entry(s, "extends") != null,
        ServiceBuild.read(f, s, projectDirectory));
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
      if (IgnoreLabel.KEY.equals(key)) {
        ids = value;
        where = sc.loc().source();
      } else if (IgnoreLabel.REASON_KEY.equals(key)) {
        reason = value;
      }
    }
    if (ids == null) {
      return List.of();
    }
    return List.of(IgnoreLabel.suppression(ids, reason, where));
  }
}
