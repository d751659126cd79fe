package dev.moat.input.compose;

import dev.moat.input.compose.CNode.CMap;
import dev.moat.input.compose.CNode.CScalar;
import dev.moat.input.compose.ServiceReader.BoundVolume;
import dev.moat.input.compose.ServiceReader.VolumesFrom;
import dev.moat.model.Mount;
import dev.moat.model.MountKind;
import dev.moat.model.Setting;
import dev.moat.model.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A service's own mounts: volumes in the short ("./data:/data:ro") and the long syntax, and tmpfs;
 * a named volume the project binds from a host path is that host path. volumes_from is read here
 * too and resolved once every service is read.
 */
final class ServiceMounts {

  private final Fields f;
  private final Map<String, BoundVolume> boundVolumes;

  ServiceMounts(Fields fields, Map<String, BoundVolume> boundVolumes) {
    this.f = fields;
    this.boundVolumes = boundVolumes;
  }

  List<Mount> read(CMap s) {
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

  /** volumes_from entries: "service[:ro|:rw]"; "container:NAME" is outside the project. */
  List<VolumesFrom> volumesFrom(CMap s) {
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
}
