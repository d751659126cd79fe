package dev.moat.input.oci;

import dev.moat.input.tree.MapReader;
import dev.moat.model.Mount;
import dev.moat.model.MountKind;
import dev.moat.model.Setting;
import dev.moat.model.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The mounts of a config.json. A bind mount (type "bind", or a "bind"/"rbind" option) of an
 * absolute source is a host path, with two kinds of exception that are the engine's own doing and
 * not the user's:
 *
 * <ul>
 *   <li>the files every engine bind-mounts from its per-container directory (/etc/hosts,
 *       /etc/hostname, /etc/resolv.conf, Podman's /run/.containerenv, /dev/shm, and the /etc/passwd
 *       and /etc/group it writes for a --user on a read-only root, the --init binary), recognised by destination, file name and a container id in the source path;
 *       the host's /dev/shm bound to /dev/shm is how --ipc host shares shared memory, which
 *       host-ipc-namespace reports;
 *   <li>named volumes, which the engine binds from its volume directory (.../volumes/NAME/_data).
 * </ul>
 */
final class OciMounts {

  /** Destination -> the file name the engine's source has. */
  private static final Map<String, String> ENGINE_FILES = Map.of(
      "/etc/resolv.conf", "resolv.conf",
      "/etc/hostname", "hostname",
      "/etc/hosts", "hosts",
      "/run/.containerenv", ".containerenv",
      "/dev/shm", "shm",
      "/run/secrets", "secrets",
      "/etc/passwd", "passwd",
      "/etc/group", "group");

  /** Init binaries the engines bind in for --init (docker-init, Podman's catatonit). */
  private static final Map<String, String> INIT_BINARIES = Map.of(
      "/sbin/docker-init", "docker-init",
      "/run/podman-init", "catatonit");

  private static final Pattern CONTAINER_ID = Pattern.compile("(^|/)[0-9a-f]{64}(/|$)");
  private static final Pattern VOLUME = Pattern.compile(".*/volumes/([^/]+)/_data/?$");

  private OciMounts() {}

  static List<Mount> read(MapReader config) {
    List<Mount> out = new ArrayList<>();
    for (MapReader m : config.maps("mounts")) {
      String destination = m.string("destination").orElse("");
      String type = m.string("type").orElse("");
      Setting<String> source = m.string("source");
      List<String> options = m.strings("options").stream().map(Setting::value).toList();
      Source optionsKey = m.sourceOf("options");
      Setting<Boolean> readOnly = options.contains("ro") ? Setting.explicit(true, optionsKey)
          : m.has("options") ? Setting.explicit(false, optionsKey) : Setting.defaulted(false, optionsKey);
      boolean bind = "bind".equals(type) || options.contains("bind") || options.contains("rbind");
      String src = source.orElse("");
      if (bind && src.startsWith("/")) {
        if (isEngineManaged(src, destination)) {
          continue;
        }
        Matcher volume = VOLUME.matcher(src);
        if (volume.matches()) {
          out.add(new Mount(MountKind.VOLUME, null, destination, readOnly, volume.group(1), m.source(), null));
        } else {
          out.add(new Mount(MountKind.HOST_PATH, src, destination, readOnly, null, m.source(), source.source()));
        }
      } else {
        MountKind kind = "tmpfs".equals(type) ? MountKind.TMPFS : MountKind.OTHER;
        out.add(new Mount(kind, null, destination, readOnly, null, m.source(), null));
      }
    }
    return out;
  }

  static boolean isEngineManaged(String source, String destination) {
    String name = source.substring(source.lastIndexOf('/') + 1);
    if ("/dev/shm".equals(destination) && "/dev/shm".equals(source)) {
      return true; // --ipc host
    }
    String init = INIT_BINARIES.get(destination);
    if (init != null && init.equals(name)) {
      return true;
    }
    String file = ENGINE_FILES.get(destination);
    return file != null && file.equals(name) && CONTAINER_ID.matcher(source).find();
  }
}
