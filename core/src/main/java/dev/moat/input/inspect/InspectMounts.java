package dev.moat.input.inspect;

import dev.moat.input.tree.MapReader;
import dev.moat.model.Mount;
import dev.moat.model.MountKind;
import dev.moat.model.Setting;
import dev.moat.model.Source;
import java.util.ArrayList;
import java.util.List;

/**
 * The mounts of a container. The top-level Mounts is what the engine set up (named volumes
 * resolved, --mount and -v alike); only output without it (an Engine API create body, hand-trimmed
 * JSON) falls back to HostConfig.Binds and HostConfig.Mounts. --tmpfs mounts are in HostConfig.Tmpfs.
 */
final class InspectMounts {

  private InspectMounts() {}

  static List<Mount> read(MapReader obj, MapReader hc) {
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
}
