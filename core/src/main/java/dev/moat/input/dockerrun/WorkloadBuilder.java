package dev.moat.input.dockerrun;

import dev.moat.input.dockerrun.RunParser.Parsed;
import dev.moat.input.dockerrun.RunParser.Use;
import dev.moat.model.Capabilities;
import dev.moat.model.Container;
import dev.moat.model.ContainerKind;
import dev.moat.model.Device;
import dev.moat.model.Identity;
import dev.moat.model.InputNote;
import dev.moat.model.Isolation;
import dev.moat.model.Mount;
import dev.moat.model.MountKind;
import dev.moat.model.Namespaces;
import dev.moat.model.ObjectRef;
import dev.moat.model.PodDefaults;
import dev.moat.model.Port;
import dev.moat.model.Profile;
import dev.moat.model.ProfileKind;
import dev.moat.model.Resources;
import dev.moat.model.SeLinux;
import dev.moat.model.Setting;
import dev.moat.model.Source;
import dev.moat.model.Suppression;
import dev.moat.model.Sysctl;
import dev.moat.model.Workload;
import dev.moat.model.WorkloadIsolation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Turns one parsed run/create command into a workload with one container, with the defaults the
 * engine applies when a flag is absent: Docker (and nerdctl on containerd) keep 14 capabilities and
 * their seccomp profile, Podman keeps 11, its seccomp profile and a pids limit of 2048. What the
 * daemon's own configuration decides (user namespace remapping, cgroup namespace mode, AppArmor on
 * the host) stays unset. Every setting points at the line of the flag that sets it; a setting that
 * no flag sets points at the command's first line, where the flag would be added.
 *
 * <p>A value holding a shell variable the script does not set is not guessed: the setting is left
 * unknown (or, where only its text matters, kept as written) and a note says so.
 */
final class WorkloadBuilder {

  private static final Pattern MEMORY = Pattern.compile("(\\d+(\\.\\d+)?) ?([kKmMgGtTpP])?[iI]?[bB]?");
  private static final Pattern NUMERIC = Pattern.compile("\\d+");
  static final String IGNORE_LABEL = "moat.dev/ignore";
  static final String IGNORE_REASON_LABEL = "moat.dev/ignore-reason";

  private final String file;
  private final CommandLine cmd;
  private final Parsed p;
  private final Consumer<InputNote> notes;
  private final Source at;
  private final boolean podman;

  private WorkloadBuilder(String file, CommandLine cmd, Parsed p, Consumer<InputNote> notes) {
    this.file = file;
    this.cmd = cmd;
    this.p = p;
    this.notes = notes;
    this.at = new Source(file, cmd.start().line(), "");
    this.podman = cmd.engine() == Engine.PODMAN;
  }

  /**
   * @param defaultName the workload's name when --name does not give one ("deploy.sh:12")
   * @throws InputSyntaxException when a value is malformed (--memory lots, --mount without target)
   */
  static Workload build(String file, CommandLine cmd, Parsed p, String defaultName, Consumer<InputNote> notes) {
    return new WorkloadBuilder(file, cmd, p, notes).build(defaultName);
  }

  private Workload build(String defaultName) {
    List<Arg> spreads = p.spreads();
    for (int k = 0; k < spreads.size(); k++) {
      Arg spread = spreads.get(k);
      boolean holdsImage = p.image() == null && k == spreads.size() - 1;
      note(spread, spread.text() + " stands where " + (holdsImage ? "the options and the image go" : "options go")
          + " and " + why(spread.unknowns()).substring(spread.text().length() + 1) + ": only the flags written here "
          + "are judged" + (holdsImage ? ", and the image is not known" : ""));
    }
    Setting<String> image = image();
    Use nameUse = p.last("name");
    String name = nameUse != null && nameUse.known() && !nameUse.value().isEmpty() ? nameUse.value() : null;
    String containerName = name != null ? name : shortName(image);

    Isolation isolation = new Isolation(
        bool("privileged", false, "whether it is privileged"),
        allowPrivilegeEscalation(),
        capabilities(),
        securityOpt().seccomp,
        securityOpt().appArmor,
        securityOpt().seLinux,
        bool("read-only", false, "whether the root filesystem is read-only"),
        identity(),
        securityOpt().procMount,
        Setting.unset(at));

    Container container = new Container(containerName, ContainerKind.REGULAR, at, image, isolation, resources(),
        mounts(), devices(), ports(), List.of());

    WorkloadIsolation workloadIsolation = new WorkloadIsolation(namespaces(), sysctls(), runtime(),
        Setting.unset(at), Setting.unset(at), PodDefaults.none(at));
    ObjectRef ref = new ObjectRef(null, cmd.name(), name != null ? name : defaultName, null);
    return new Workload(ref, cmd.engine().platform(), at, workloadIsolation, List.of(container), List.of(),
        Map.of(), suppressions());
  }

  // ---------------------------------------------------------------- helpers

  private Source src(Use u) {
    List<Use> same = p.all(u.name());
    int n = same.indexOf(u);
    return new Source(file, u.at().line(), "/" + u.name() + (same.size() > 1 ? "/" + n : ""));
  }

  private void note(Arg where, String message) {
    notes.accept(new InputNote(new Source(file, where.line(), ""), cmd.name() + ": " + message));
  }

  /** Notes a value with unresolved expansions; true when it is unknown. */
  private boolean unknown(Use u, String what) {
    if (u.known()) {
      return false;
    }
    note(u.valueAt(), u.written() + " " + u.value() + ": " + why(u.unknowns()) + ", so " + what
        + " is not known and is not judged");
    return true;
  }

  /** Why these expansions have no value Moat can use. */
  private String why(List<String> unknowns) {
    List<String> computed = new ArrayList<>();
    List<String> specifiers = new ArrayList<>();
    List<String> arguments = new ArrayList<>();
    List<String> variables = new ArrayList<>();
    for (String u : unknowns) {
      if (u.startsWith("$(") || u.startsWith("`")) {
        computed.add(u);
      } else if (u.startsWith("%")) {
        specifiers.add(u);
      } else if (u.matches("\\$\\{?[0-9@*#]\\}?") || u.matches("\"?\\$[@*]\"?")) {
        arguments.add(u);
      } else {
        variables.add(u);
      }
    }
    List<String> parts = new ArrayList<>();
    if (!computed.isEmpty()) {
      parts.add(join(computed) + " computed when the script runs");
    }
    if (!specifiers.isEmpty()) {
      parts.add(join(specifiers) + " filled in by systemd when the unit starts");
    }
    if (!arguments.isEmpty()) {
      parts.add(join(arguments) + (arguments.size() == 1 ? " an argument" : " arguments") + " of the script");
    }
    if (!variables.isEmpty()) {
      parts.add(join(variables) + " not set " + (cmd.unit()
          ? "by an Environment= line of this unit (EnvironmentFile= is not read)"
          : "in this file before this line, or only in a branch"));
    }
    return String.join("; ", parts);
  }

  /** "$A is", "$A and $B are", "$A, $B and $C are". */
  private static String join(List<String> items) {
    if (items.size() == 1) {
      return items.get(0) + " is";
    }
    return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1) + " are";
  }

  private List<String> values(Use u) {
    if (podman && u.flag().commaList()) {
      List<String> out = new ArrayList<>();
      for (String v : u.value().split(",")) {
        if (!v.isBlank()) {
          out.add(v.trim());
        }
      }
      return out;
    }
    return List.of(u.value());
  }

  private Setting<Boolean> bool(String flag, boolean platformDefault, String what) {
    Use u = p.last(flag);
    if (u == null) {
      return Setting.defaulted(platformDefault, at);
    }
    if (unknown(u, what)) {
      return Setting.unset(src(u));
    }
    return Setting.explicit(RunParser.parseBool(u.value()), src(u));
  }

  private static String shortName(Setting<String> image) {
    if (!image.isKnown()) {
      return "container";
    }
    String ref = image.value();
    int at = ref.indexOf('@');
    if (at >= 0) {
      ref = ref.substring(0, at);
    }
    int slash = ref.lastIndexOf('/');
    String last = ref.substring(slash + 1);
    int colon = last.indexOf(':');
    last = colon >= 0 ? last.substring(0, colon) : last;
    return last.isEmpty() ? "container" : last;
  }

  // ---------------------------------------------------------------- image

  private Setting<String> image() {
    Arg img = p.image();
    if (img == null) {
      return Setting.unset(at); // held by an expansion standing where options go; noted with it
    }
    Source where = new Source(file, img.line(), "/image");
    Use rootfs = p.last("rootfs");
    if (rootfs != null && Boolean.TRUE.equals(RunParser.parseBool(rootfs.value()))) {
      return Setting.unset(where); // podman --rootfs: the argument is a host directory, not an image
    }
    if (!img.isKnown() && !tagIsKnown(img)) {
      note(img, "the image " + img.text() + " is not known: " + why(img.unknowns())
          + ", so its tag and digest are not judged");
      return Setting.unset(where);
    }
    return Setting.explicit(img.text(), where);
  }

  /**
   * An image with an unresolved part can still be judged when that part cannot change whether it
   * is pinned: registry.example.com/$TEAM/app:1.2 is tagged, app:$VERSION is tagged and not pinned.
   */
  private static boolean tagIsKnown(Arg img) {
    String t = img.text();
    int slash = t.lastIndexOf('/');
    int firstUnknown = Integer.MAX_VALUE;
    for (String u : img.unknowns()) {
      int k = t.indexOf(u);
      if (k >= 0) {
        firstUnknown = Math.min(firstUnknown, k);
      }
    }
    int colon = t.indexOf(':', Math.max(slash, 0));
    boolean unknownInName = firstUnknown > slash && (colon < 0 || firstUnknown < colon);
    boolean unknownIsAllOfIt = t.startsWith("$") && slash < 0 && colon < 0;
    return !unknownInName && !unknownIsAllOfIt;
  }

  // ---------------------------------------------------------------- security options

  /** What --security-opt says, read once. */
  private record SecurityOpts(Setting<Profile> seccomp, Setting<Profile> appArmor, Setting<SeLinux> seLinux,
      Setting<Boolean> noNewPrivileges, Setting<String> procMount) {}

  private SecurityOpts securityOpts;

  private SecurityOpts securityOpt() {
    if (securityOpts == null) {
      securityOpts = readSecurityOpts();
    }
    return securityOpts;
  }

  private SecurityOpts readSecurityOpts() {
    Setting<Profile> seccomp = Setting.defaulted(new Profile(ProfileKind.RUNTIME_DEFAULT, "default", null), at);
    Setting<Profile> appArmor = Setting.unset(at);
    Setting<Boolean> nnp = null;
    Setting<String> procMount = Setting.defaulted("Default", at);
    String[] label = {"", "", "", ""};
    boolean labelDisabled = false;
    Source labelSource = null;
    for (Use u : p.all("security-opt")) {
      if (unknown(u, "this security option")) {
        continue;
      }
      String opt = u.value();
      Source s = src(u);
      if (opt.equals("no-new-privileges")) {
        nnp = Setting.explicit(true, s);
        continue;
      }
      if (opt.equals("disable")) {
        labelDisabled = true;
        labelSource = s;
        continue;
      }
      String key;
      String value;
      int eq = opt.indexOf('=');
      int colon = opt.indexOf(':');
      if (eq >= 0) {
        key = opt.substring(0, eq);
        value = opt.substring(eq + 1);
      } else if (colon >= 0) {
        key = opt.substring(0, colon); // the legacy form, e.g. seccomp:unconfined
        value = opt.substring(colon + 1);
      } else {
        throw new InputSyntaxException(cmd.name() + ": invalid --security-opt \"" + opt + "\"",
            "expected key=value or no-new-privileges", u.valueAt().line(), u.valueAt().column());
      }
      switch (key) {
        case "seccomp" -> seccomp = Setting.explicit(profile(value, "builtin"), s);
        case "apparmor" -> appArmor = Setting.explicit(profile(value, "docker-default"), s);
        case "label" -> {
          labelSource = labelSource == null ? s : labelSource;
          if (value.equals("disable")) {
            labelDisabled = true;
            labelSource = s;
          } else {
            int c = value.indexOf(':');
            String field = c < 0 ? value : value.substring(0, c);
            String v = c < 0 ? "" : value.substring(c + 1);
            switch (field) {
              case "user" -> label[0] = v;
              case "role" -> label[1] = v;
              case "type" -> label[2] = v;
              case "level" -> label[3] = v;
              default -> { } // filetype, nested: they do not loosen the process label
            }
          }
        }
        case "no-new-privileges" -> {
          Boolean b = value.isEmpty() ? Boolean.TRUE : RunParser.parseBool(value);
          if (b == null) {
            throw new InputSyntaxException(cmd.name() + ": invalid --security-opt \"" + opt + "\"",
                "no-new-privileges takes true or false", u.valueAt().line(), u.valueAt().column());
          }
          nnp = Setting.explicit(b, s);
        }
        case "systempaths" -> {
          if (value.equals("unconfined")) {
            procMount = Setting.explicit("Unmasked", s);
          }
        }
        case "unmask" -> {
          if (value.equalsIgnoreCase("ALL") || value.contains("/proc")) {
            procMount = Setting.explicit("Unmasked", s);
          }
        }
        case "mask", "proc-opts", "writable-cgroups", "seccomp-policy" -> { }
        default -> note(u.valueAt(), "unknown security option \"" + opt + "\" is ignored");
      }
    }
    Setting<SeLinux> seLinux = Setting.unset(at);
    if (labelDisabled) {
      seLinux = Setting.explicit(SeLinux.disabledLabel(), labelSource);
    } else if (labelSource != null) {
      seLinux = Setting.explicit(new SeLinux(label[0], label[1], label[2], label[3], false), labelSource);
    }
    return new SecurityOpts(seccomp, appArmor, seLinux, nnp, procMount);
  }

  /** A seccomp or AppArmor profile name: unconfined, the engine's default, or a profile of one's own. */
  private static Profile profile(String value, String defaultName) {
    if (value.equals("unconfined")) {
      return new Profile(ProfileKind.UNCONFINED, value, null);
    }
    if (value.equals(defaultName) || value.equals("default") || value.equals("runtime/default")
        || value.startsWith("containers-default")) {
      return new Profile(ProfileKind.RUNTIME_DEFAULT, value, null);
    }
    return new Profile(ProfileKind.LOCALHOST, value, value);
  }

  private Setting<Boolean> allowPrivilegeEscalation() {
    Setting<Boolean> nnp = securityOpt().noNewPrivileges;
    if (nnp == null) {
      return Setting.defaulted(true, at);
    }
    return Setting.explicit(!nnp.value(), nnp.source());
  }

  // ---------------------------------------------------------------- capabilities, user

  private Capabilities capabilities() {
    List<Setting<String>> add = new ArrayList<>();
    List<Setting<String>> drop = new ArrayList<>();
    Source where = at;
    for (Use u : p.all("cap-add")) {
      if (!unknown(u, "the added capability")) {
        values(u).forEach(v -> add.add(Setting.explicit(v, src(u))));
      }
    }
    for (Use u : p.all("cap-drop")) {
      if (where == at) {
        where = src(u);
      }
      if (!unknown(u, "the dropped capability")) {
        values(u).forEach(v -> drop.add(Setting.explicit(v, src(u))));
      }
    }
    return new Capabilities(add, drop, cmd.engine().defaultCapabilities(), where);
  }

  private Identity identity() {
    Use u = p.last("user");
    if (u == null || u.value().isEmpty()) {
      return new Identity(Setting.unset(at), Setting.unset(at), Setting.unset(at), Setting.unset(at));
    }
    Source s = src(u);
    if (unknown(u, "the user")) {
      return new Identity(Setting.unset(s), Setting.unset(s), Setting.unset(s), Setting.explicit(u.value(), s));
    }
    String value = u.value();
    int colon = value.indexOf(':');
    String user = colon < 0 ? value : value.substring(0, colon);
    String group = colon < 0 ? null : value.substring(colon + 1);
    Setting<Long> uid = Setting.unset(s);
    Setting<String> userName = Setting.unset(s);
    if (NUMERIC.matcher(user).matches()) {
      uid = Setting.explicit(Long.parseLong(user), s);
    } else if (user.equals("root")) {
      uid = Setting.explicit(0L, s);
    } else if (!user.isEmpty()) {
      userName = Setting.explicit(user, s);
    }
    Setting<Long> gid = Setting.unset(s);
    if (group != null && NUMERIC.matcher(group).matches()) {
      gid = Setting.explicit(Long.parseLong(group), s);
    } else if ("root".equals(group)) {
      gid = Setting.explicit(0L, s);
    }
    return new Identity(uid, gid, Setting.unset(s), userName);
  }

  private List<Suppression> suppressions() {
    Map<String, Use> labels = new HashMap<>();
    Map<String, String> values = new HashMap<>();
    for (Use u : p.all("label")) {
      int eq = u.value().indexOf('=');
      if (eq > 0) {
        labels.put(u.value().substring(0, eq), u);
        values.put(u.value().substring(0, eq), u.value().substring(eq + 1));
      }
    }
    Use ignore = labels.get(IGNORE_LABEL);
    if (ignore == null) {
      return List.of();
    }
    List<String> ids = new ArrayList<>();
    for (String id : values.get(IGNORE_LABEL).split(",")) {
      if (!id.isBlank()) {
        ids.add(id.trim());
      }
    }
    String reason = values.get(IGNORE_REASON_LABEL);
    return List.of(new Suppression(ids, reason == null || reason.isBlank() ? null : reason.trim(), src(ignore)));
  }

  // ---------------------------------------------------------------- resources

  private Resources resources() {
    Setting<String> memory = Setting.unset(at);
    Use m = p.last("memory");
    if (m != null) {
      if (unknown(m, "the memory limit")) {
        memory = Setting.explicit(m.value(), src(m));
      } else if (!MEMORY.matcher(m.value()).matches()) {
        throw invalid(m, "a size such as 512m or 2g");
      } else {
        memory = new BigDecimal(m.value().replaceAll("[^0-9.].*", "")).signum() == 0
            ? Setting.unset(src(m)) : Setting.explicit(m.value(), src(m)); // 0 means no limit
      }
    }
    Setting<String> cpu = Setting.unset(at);
    Use cpus = p.last("cpus");
    Use quota = p.last("cpu-quota");
    if (cpus != null) {
      if (unknown(cpus, "the CPU limit")) {
        cpu = Setting.explicit(cpus.value(), src(cpus));
      } else {
        BigDecimal n = decimal(cpus, "a number of CPUs such as 1.5");
        cpu = n.signum() > 0 ? Setting.explicit(cpus.value(), src(cpus)) : Setting.unset(src(cpus));
      }
    } else if (quota != null) {
      if (unknown(quota, "the CPU limit")) {
        cpu = Setting.explicit(quota.value(), src(quota));
      } else {
        long q = integer(quota);
        Use period = p.last("cpu-period");
        long per = period != null && period.known() ? integer(period) : 100_000L;
        cpu = q > 0 && per > 0
            ? Setting.explicit(BigDecimal.valueOf(q).divide(BigDecimal.valueOf(per), 3, java.math.RoundingMode.HALF_UP)
                .stripTrailingZeros().toPlainString(), src(quota))
            : Setting.unset(src(quota));
      }
    }
    Setting<Long> pids = podman ? Setting.defaulted(2048L, at) : Setting.unset(at);
    Use pl = p.last("pids-limit");
    if (pl != null) {
      pids = unknown(pl, "the pids limit") ? Setting.unset(src(pl)) : Setting.explicit(integer(pl), src(pl));
    }
    return new Resources(memory, cpu, pids);
  }

  private long integer(Use u) {
    try {
      return Long.parseLong(u.value());
    } catch (NumberFormatException e) {
      throw invalid(u, "an integer");
    }
  }

  private BigDecimal decimal(Use u, String expected) {
    try {
      return new BigDecimal(u.value());
    } catch (NumberFormatException e) {
      throw invalid(u, expected);
    }
  }

  private InputSyntaxException invalid(Use u, String expected) {
    return new InputSyntaxException(cmd.name() + ": invalid value \"" + u.value() + "\" for " + u.written(),
        "expected " + expected, u.valueAt().line(), u.valueAt().column());
  }

  // ---------------------------------------------------------------- mounts, devices, ports

  private List<Mount> mounts() {
    List<Mount> out = new ArrayList<>();
    for (Use u : p.uses()) {
      switch (u.name()) {
        case "volume" -> volume(u, out);
        case "mount" -> mount(u, out);
        case "tmpfs" -> {
          String target = u.value().contains(":") ? u.value().substring(0, u.value().indexOf(':')) : u.value();
          out.add(new Mount(MountKind.TMPFS, null, target, Setting.defaulted(false, src(u)), null, src(u), null));
        }
        case "use-api-socket" -> {
          if (Boolean.TRUE.equals(RunParser.parseBool(u.value()))) {
            out.add(new Mount(MountKind.HOST_PATH, "/var/run/docker.sock", "/var/run/docker.sock",
                Setting.defaulted(false, src(u)), null, src(u), src(u)));
          }
        }
        case "volumes-from" -> note(u.valueAt(), u.written() + " " + u.value() + ": the mounts of container "
            + u.value() + " are not visible here and are not judged");
        default -> { }
      }
    }
    return out;
  }

  /** -v [source:]target[:options]. */
  private void volume(Use u, List<Mount> out) {
    Source s = src(u);
    String spec = u.value();
    String[] parts = spec.split(":", -1);
    if (parts.length > 3 || spec.isEmpty()) {
      throw new InputSyntaxException(cmd.name() + ": invalid volume specification \"" + spec + "\"",
          "expected [source:]target[:options]", u.valueAt().line(), u.valueAt().column());
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
    Source s = src(u);
    boolean hidden = !u.known() && startsWithUnknown(source, u) && !isHostPathSource(source);
    if (hidden && !bind) {
      note(u.valueAt(), u.written() + " " + u.value() + ": " + why(u.unknowns())
          + ", so whether " + source + " is a host path or a named volume is not known and the mount is not "
          + "judged");
      out.add(new Mount(MountKind.OTHER, null, target, ro, null, s, null));
      return;
    }
    if (hidden) {
      note(u.valueAt(), u.written() + " " + u.value() + ": " + why(u.unknowns())
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
    Source s = src(u);
    Map<String, String> kv = new HashMap<>();
    boolean readOnly = false;
    for (String field : csv(u)) {
      int eq = field.indexOf('=');
      String key = (eq < 0 ? field : field.substring(0, eq)).trim().toLowerCase(Locale.ROOT);
      String value = eq < 0 ? null : field.substring(eq + 1);
      switch (key) {
        case "readonly", "ro" -> {
          Boolean b = value == null ? Boolean.TRUE : RunParser.parseBool(value);
          if (b == null) {
            throw invalid(u, "readonly=true or readonly=false in --mount");
          }
          readOnly = b;
        }
        case "rw" -> readOnly = value != null && Boolean.FALSE.equals(RunParser.parseBool(value));
        case "src", "source" -> kv.put("source", value == null ? "" : value);
        case "dst", "destination", "target" -> kv.put("target", value == null ? "" : value);
        default -> kv.put(key, value == null ? "" : value);
      }
    }
    String type = kv.getOrDefault("type", "volume").toLowerCase(Locale.ROOT);
    String target = kv.get("target");
    if (target == null || target.isEmpty()) {
      throw new InputSyntaxException(cmd.name() + ": invalid --mount \"" + u.value() + "\"", "target is required",
          u.valueAt().line(), u.valueAt().column());
    }
    Setting<Boolean> ro = readOnly ? Setting.explicit(true, s) : Setting.defaulted(false, s);
    String source = kv.getOrDefault("source", "");
    switch (type) {
      case "bind", "glob" -> {
        if (source.isEmpty()) {
          throw new InputSyntaxException(cmd.name() + ": invalid --mount \"" + u.value() + "\"",
              "a bind mount needs a source", u.valueAt().line(), u.valueAt().column());
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

  private List<Device> devices() {
    List<Device> out = new ArrayList<>();
    for (Use u : p.uses()) {
      if (u.name().equals("device")) {
        if (unknown(u, "the device")) {
          continue;
        }
        for (String spec : values(u)) {
          out.add(device(spec, src(u)));
        }
      } else if (u.name().equals("gpus")) {
        out.add(new Device("GPUs (--gpus " + u.value() + ")", null, "rwm", src(u)));
      }
    }
    return out;
  }

  /** host[:container[:permissions]], or a CDI name such as nvidia.com/gpu=all. */
  private static Device device(String spec, Source s) {
    if (spec.contains("=") && !spec.startsWith("/")) {
      return new Device(spec, null, "rwm", s);
    }
    String[] parts = spec.split(":", 3);
    String host = parts[0];
    String container = host;
    String permissions = "rwm";
    if (parts.length == 2) {
      if (parts[1].matches("[rwm]{1,3}")) {
        permissions = parts[1];
      } else {
        container = parts[1];
      }
    } else if (parts.length == 3) {
      container = parts[1];
      permissions = parts[2];
    }
    return new Device(host, container, permissions, s);
  }

  private List<Port> ports() {
    List<Port> out = new ArrayList<>();
    for (Use u : p.all("publish")) {
      for (String spec : values(u)) {
        out.add(port(spec, src(u)));
      }
    }
    return out;
  }

  /** [ip:][hostPort:]containerPort[/protocol], or published=8080,target=80,protocol=udp. */
  private static Port port(String spec, Source s) {
    if (spec.contains("=")) {
      Map<String, String> kv = new HashMap<>();
      for (String f : spec.split(",")) {
        int eq = f.indexOf('=');
        if (eq > 0) {
          kv.put(f.substring(0, eq), f.substring(eq + 1));
        }
      }
      return new Port(firstPort(kv.get("target")), firstPort(kv.get("published")), null,
          kv.getOrDefault("protocol", "tcp").toUpperCase(Locale.ROOT), s);
    }
    String protocol = "TCP";
    String rest = spec;
    int slash = rest.lastIndexOf('/');
    if (slash >= 0) {
      protocol = rest.substring(slash + 1).toUpperCase(Locale.ROOT);
      rest = rest.substring(0, slash);
    }
    String ip = null;
    if (rest.startsWith("[")) {
      int close = rest.indexOf(']');
      if (close > 0) {
        ip = rest.substring(1, close);
        rest = rest.substring(Math.min(close + 2, rest.length()));
      }
    }
    String[] parts = rest.split(":", -1);
    String host = null;
    String container;
    if (parts.length == 1) {
      container = parts[0];
    } else if (parts.length == 2) {
      if (ip != null) {
        host = parts[0];
      } else {
        host = parts[0];
      }
      container = parts[1];
    } else {
      ip = parts[0];
      host = parts[parts.length - 2];
      container = parts[parts.length - 1];
    }
    return new Port(firstPort(container), firstPort(host), ip, protocol, s);
  }

  private static Integer firstPort(String text) {
    if (text == null) {
      return null;
    }
    String t = text.contains("-") ? text.substring(0, text.indexOf('-')) : text;
    return t.matches("\\d{1,5}") ? Integer.valueOf(t) : null;
  }

  // ---------------------------------------------------------------- namespaces, sysctls, runtime

  private Namespaces namespaces() {
    Use pod = p.last("pod");
    if (pod != null) {
      note(pod.valueAt(), "--pod " + pod.value() + ": the container joins the namespaces of pod " + pod.value()
          + " (network, IPC, UTS by default), which this command does not show");
    }
    return new Namespaces(
        mode("pid", "PID", Setting.defaulted(false, at)),
        network(),
        mode("ipc", "IPC", Setting.defaulted(false, at)),
        mode("uts", "UTS", Setting.defaulted(false, at)),
        mode("cgroupns", "cgroup", Setting.unset(at)),
        userNamespace());
  }

  /** --pid host and the like: host, or podman's ns: path of PID 1, is the host's namespace. */
  private Setting<Boolean> mode(String flag, String what, Setting<Boolean> absent) {
    Use u = p.last(flag);
    if (u == null || u.value().isEmpty()) {
      return absent;
    }
    if (unknown(u, "whether it shares the host's " + what + " namespace")) {
      return Setting.unset(src(u));
    }
    return Setting.explicit(isHost(u.value()), src(u));
  }

  private static boolean isHost(String mode) {
    return mode.equals("host") || mode.matches("ns:/proc/1/ns/.*");
  }

  /** --network may be given more than once (several networks); host in any of them is the host's. */
  private Setting<Boolean> network() {
    List<Use> uses = p.all("network");
    if (uses.isEmpty()) {
      return Setting.defaulted(false, at);
    }
    for (Use u : uses) {
      if (u.known() && isHost(networkMode(u.value()))) {
        return Setting.explicit(true, src(u));
      }
    }
    for (Use u : uses) {
      if (unknown(u, "whether it shares the host's network namespace")) {
        return Setting.unset(src(u));
      }
    }
    return Setting.explicit(false, src(uses.get(uses.size() - 1)));
  }

  /**
   * The network a --network value names: docker's name=host,alias=x form, podman's
   * bridge:ip=10.0.0.2 options; container:x and ns:/path are kept whole.
   */
  private static String networkMode(String value) {
    String v = value;
    if (v.startsWith("name=")) {
      v = v.substring(5);
    }
    int comma = v.indexOf(',');
    if (comma >= 0 && !v.startsWith("ns:")) {
      v = v.substring(0, comma);
    }
    int colon = v.indexOf(':');
    if (colon >= 0 && !v.startsWith("ns:") && !v.startsWith("container:")) {
      v = v.substring(0, colon);
    }
    return v;
  }

  /**
   * --userns host shares the host's user namespace; podman's auto, keep-id, nomap, private and
   * --uidmap/--gidmap give the container one of its own. Without them the engine's configuration
   * decides (userns-remap, rootless Podman), which the command does not show.
   */
  private Setting<Boolean> userNamespace() {
    Use u = p.last("userns");
    if (u != null && !u.value().isEmpty()) {
      if (unknown(u, "whether it uses a user namespace")) {
        return Setting.unset(src(u));
      }
      String v = u.value();
      if (isHost(v)) {
        return Setting.explicit(true, src(u));
      }
      if (podman || v.startsWith("container:")) {
        return Setting.explicit(false, src(u));
      }
      return Setting.unset(src(u));
    }
    for (String mapping : List.of("uidmap", "gidmap", "subuidname", "subgidname")) {
      Use m = p.last(mapping);
      if (m != null) {
        return Setting.explicit(false, src(m));
      }
    }
    return Setting.unset(at);
  }

  private List<Sysctl> sysctls() {
    List<Sysctl> out = new ArrayList<>();
    for (Use u : p.all("sysctl")) {
      if (unknown(u, "the sysctl")) {
        continue;
      }
      for (String kv : values(u)) {
        int eq = kv.indexOf('=');
        out.add(new Sysctl(eq < 0 ? kv : kv.substring(0, eq), eq < 0 ? "" : kv.substring(eq + 1), src(u)));
      }
    }
    return out;
  }

  private Setting<String> runtime() {
    Use u = p.last("runtime");
    if (u != null) {
      return unknown(u, "the runtime") ? Setting.unset(src(u)) : Setting.explicit(u.value(), src(u));
    }
    if (cmd.runtime() != null) {
      Arg a = cmd.runtime().at();
      return Setting.explicit(cmd.runtime().value(), new Source(file, a.line(), "/--runtime"));
    }
    return Setting.unset(at);
  }
}
