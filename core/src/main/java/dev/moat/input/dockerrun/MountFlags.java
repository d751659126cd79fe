package dev.moat.input.dockerrun;

import dev.moat.input.GoBool;
import dev.moat.input.dockerrun.RunParser.Use;
import dev.moat.model.Mount;
import dev.moat.model.MountKind;
import dev.moat.model.Setting;
import dev.moat.model.Source;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The mounts of a command, in the order its flags are written: -v/--volume, --mount, --tmpfs and
 * docker's --use-api-socket (the engine's socket). --volumes-from copies another container's
 * mounts, which the command does not show: it is noted.
 */
final class MountFlags {

  private final OptionReader options;

  private MountFlags(OptionReader options) {
    this.options = options;
  }

  /** @throws InputSyntaxException for a malformed -v or --mount value */
  static List<Mount> read(OptionReader options) {
    return new MountFlags(options).read();
  }

  private List<Mount> read() {
    List<Mount> out = new ArrayList<>();
    for (Use u : options.uses()) {
      switch (u.name()) {
        case "volume" -> volume(u, out);
        case "mount" -> mount(u, out);
        case "tmpfs" -> {
          String target = u.value().contains(":") ? u.value().substring(0, u.value().indexOf(':')) : u.value();
          out.add(new Mount(MountKind.TMPFS, null, target, Setting.defaulted(false, options.src(u)), null,
              options.src(u), null));
        }
        case "use-api-socket" -> {
          if (Boolean.TRUE.equals(GoBool.parse(u.value()))) {
            out.add(new Mount(MountKind.HOST_PATH, "/var/run/docker.sock", "/var/run/docker.sock",
                Setting.defaulted(false, options.src(u)), null, options.src(u), options.src(u)));
          }
        }
        case "volumes-from" -> options.note(u.valueAt(), u.written() + " " + u.value() + ": the mounts of container "
            + u.value() + " are not visible here and are not judged");
        default -> { }
      }
    }
    return out;
  }

  /** -v [source:]target[:options]. */
  private void volume(Use u, List<Mount> out) {
    Source s = options.src(u);
    String spec = u.value();
    String[] parts = spec.split(":", -1);
    if (parts.length > 3 || spec.isEmpty()) {
      throw options.syntaxError(u, "invalid volume specification \"" + spec + "\"",
          "expected [source:]target[:options]");
    }
    if (parts.length == 1) {
      out.add(new Mount(MountKind.VOLUME, null, parts[0], Setting.defaulted(false, s), null, s, null));
      return;
    }
    String source = parts[0];
    String target = parts[1];
    boolean readOnly = false;
    if (parts.length == 3) {
      for (String o : parts[2].split(",")) {
        readOnly |= o.equals("ro") || o.equals("O") || o.equals("readonly");
      }
    }
    Setting<Boolean> ro = readOnly ? Setting.explicit(true, s) : Setting.defaulted(false, s);
    addSourced(u, source, target, ro, out, false);
  }

  /**
   * A mount with a source. For -v the source decides: a path (/x, ./x, ~/x, $PWD/x) is a host path,
   * a name is a named volume; --mount type=bind is always a host path. A variable the file does
   * not set at the start of a -v source hides which it is: that mount is not judged.
   */
  private void addSourced(Use u, String source, String target, Setting<Boolean> ro, List<Mount> out, boolean bind) {
    Source s = options.src(u);
    boolean hidden = !u.known() && startsWithUnknown(source, u) && !isHostPathSource(source);
    if (hidden && !bind) {
      options.note(u.valueAt(), u.written() + " " + u.value() + ": " + options.why(u.unknowns())
          + ", so whether " + source + " is a host path or a named volume is not known and the mount is not "
          + "judged");
      out.add(new Mount(MountKind.OTHER, null, target, ro, null, s, null));
      return;
    }
    if (hidden) {
      options.note(u.valueAt(), u.written() + " " + u.value() + ": " + options.why(u.unknowns())
          + ", so which host path is mounted is not known");
    }
    if (bind || isHostPathSource(source)) {
      out.add(new Mount(MountKind.HOST_PATH, source, target, ro, null, s, s));
    } else {
      out.add(new Mount(MountKind.VOLUME, null, target, ro, source.isEmpty() ? null : source, s, null));
    }
  }

  private static boolean startsWithUnknown(String source, Use u) {
    return u.unknowns().stream().anyMatch(source::startsWith);
  }

  /** Absolute, relative (./data, ../x), home (~/x) or the working directory ($PWD, $(pwd)). */
  private static boolean isHostPathSource(String source) {
    return source.startsWith("/") || source.startsWith(".") || source.startsWith("~")
        || source.matches("(\\$PWD|\\$\\{PWD}|\\$HOME|\\$\\{HOME}|\\$\\(pwd\\)|`pwd`)(/.*)?");
  }

  /** --mount type=bind,source=/x,target=/y,readonly (CSV, as docker reads it). */
  private void mount(Use u, List<Mount> out) {
    Source s = options.src(u);
    Map<String, String> kv = new HashMap<>();
    boolean readOnly = false;
    for (String field : csv(u)) {
      int eq = field.indexOf('=');
      String key = (eq < 0 ? field : field.substring(0, eq)).trim().toLowerCase(Locale.ROOT);
      String value = eq < 0 ? null : field.substring(eq + 1);
      switch (key) {
        case "readonly", "ro" -> {
          Boolean b = value == null ? Boolean.TRUE : GoBool.parse(value);
          if (b == null) {
            throw options.invalid(u, "readonly=true or readonly=false in --mount");
          }
          readOnly = b;
        }
        case "rw" -> readOnly = value != null && Boolean.FALSE.equals(GoBool.parse(value));
        case "src", "source" -> kv.put("source", value == null ? "" : value);
        case "dst", "destination", "target" -> kv.put("target", value == null ? "" : value);
        default -> kv.put(key, value == null ? "" : value);
      }
    }
    String type = kv.getOrDefault("type", "volume").toLowerCase(Locale.ROOT);
    String target = kv.get("target");
    if (target == null || target.isEmpty()) {
      throw options.syntaxError(u, "invalid --mount \"" + u.value() + "\"", "target is required");
    }
    Setting<Boolean> ro = readOnly ? Setting.explicit(true, s) : Setting.defaulted(false, s);
    String source = kv.getOrDefault("source", "");
    switch (type) {
      case "bind", "glob" -> {
        if (source.isEmpty()) {
          throw options.syntaxError(u, "invalid --mount \"" + u.value() + "\"", "a bind mount needs a source");
        }
        addSourced(u, source, target, ro, out, true);
      }
      case "volume" -> out.add(new Mount(MountKind.VOLUME, null, target, ro, source.isEmpty() ? null : source, s, null));
      case "tmpfs", "ramfs" -> out.add(new Mount(MountKind.TMPFS, null, target, ro, null, s, null));
      default -> out.add(new Mount(MountKind.OTHER, null, target, ro, null, s, null));
    }
  }

  /** The fields of a --mount value: comma-separated, a field may be "double-quoted" as in CSV. */
  private static List<String> csv(Use u) {
    List<String> out = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    String v = u.value();
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      if (c == '"') {
        if (quoted && i + 1 < v.length() && v.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else {
          quoted = !quoted;
        }
      } else if (c == ',' && !quoted) {
        out.add(field.toString());
        field.setLength(0);
      } else {
        field.append(c);
      }
    }
    out.add(field.toString());
    out.removeIf(String::isEmpty);
    return out;
  }
}
