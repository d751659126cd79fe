package dev.moat.input.dockerrun;

import dev.moat.input.IgnoreLabel;
import dev.moat.input.dockerrun.RunParser.Parsed;
import dev.moat.input.dockerrun.RunParser.Use;
import dev.moat.model.Container;
import dev.moat.model.ContainerKind;
import dev.moat.model.InputNote;
import dev.moat.model.Isolation;
import dev.moat.model.ObjectRef;
import dev.moat.model.PodDefaults;
import dev.moat.model.Setting;
import dev.moat.model.Source;
import dev.moat.model.Suppression;
import dev.moat.model.Sysctl;
import dev.moat.model.Workload;
import dev.moat.model.WorkloadIsolation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Turns one parsed run/create command into a workload with one container, with the defaults the
 * engine applies when a flag is absent: Docker (and nerdctl on containerd) keep 14 capabilities and
 * their seccomp profile, Podman keeps 11, its seccomp profile and a pids limit of 2048. What the
 * daemon's own configuration decides (user namespace remapping, cgroup namespace mode, AppArmor on
 * the host) stays unset. Every setting points at the line of the flag that sets it; a setting that
 * no flag sets points at the command's first line, where the flag would be added.
 *
 * <p>A value holding a shell variable the script does not set is not guessed: the setting is left
 * unknown (or, where only its text matters, kept as written) and a note says so. Each group of
 * flags has a reader of its own ({@link SecurityOptFlags}, {@link CapabilityFlags}, {@link UserFlag},
 * {@link ResourceFlags}, {@link MountFlags}, {@link DeviceFlags}, {@link PortFlags},
 * {@link NamespaceFlags}); this class puts what they read together, in the order the notes are
 * given.
 */
final class WorkloadBuilder {

  private final OptionReader options;

  private WorkloadBuilder(OptionReader options) {
    this.options = options;
  }

  /**
   * @param defaultName the workload's name when --name does not give one ("deploy.sh:12")
   * @throws InputSyntaxException when a value is malformed (--memory lots, --mount without target)
   */
  static Workload build(String file, CommandLine cmd, Parsed p, String defaultName, Consumer<InputNote> notes) {
    return new WorkloadBuilder(new OptionReader(file, cmd, p, notes)).build(defaultName);
  }

  private Workload build(String defaultName) {
    Parsed p = options.parsed();
    Source at = options.at();
    noteSpreads(p);
    Setting<String> image = ImageArgument.read(options);
    Use nameUse = p.last("name");
    String name = nameUse != null && nameUse.known() && !nameUse.value().isEmpty() ? nameUse.value() : null;
    String containerName = name != null ? name : ImageArgument.shortName(image);

    Setting<Boolean> privileged = options.bool("privileged", false, "whether it is privileged");
    SecurityOptFlags security = SecurityOptFlags.read(options);
    Isolation isolation = new Isolation(
        privileged,
        security.allowPrivilegeEscalation(at),
        CapabilityFlags.read(options),
        security.seccomp(),
        security.appArmor(),
        security.seLinux(),
        options.bool("read-only", false, "whether the root filesystem is read-only"),
        UserFlag.read(options),
        security.procMount(),
        Setting.unset(at));

    Container container = new Container(containerName, ContainerKind.REGULAR, at, image, isolation,
        ResourceFlags.read(options), MountFlags.read(options), DeviceFlags.read(options), PortFlags.read(options),
        List.of());

    WorkloadIsolation workloadIsolation = new WorkloadIsolation(NamespaceFlags.read(options), sysctls(), runtime(),
        Setting.unset(at), Setting.unset(at), PodDefaults.none(at));
    CommandLine cmd = options.command();
    ObjectRef ref = new ObjectRef(null, cmd.name(), name != null ? name : defaultName, null);
    return new Workload(ref, cmd.engine().platform(), at, workloadIsolation, List.of(container), List.of(),
        Map.of(), suppressions());
  }

  /** $DOCKER_OPTS and "$@" where options go: only the flags written out are judged. */
  private void noteSpreads(Parsed p) {
    List<Arg> spreads = p.spreads();
    for (int k = 0; k < spreads.size(); k++) {
      Arg spread = spreads.get(k);
      boolean holdsImage = p.image() == null && k == spreads.size() - 1;
      String why = options.why(spread.unknowns()).substring(spread.text().length() + 1); // without the name
      options.note(spread, spread.text() + " stands where "
          + (holdsImage ? "the options and the image go" : "options go") + " and " + why
          + ": only the flags written here are judged" + (holdsImage ? ", and the image is not known" : ""));
    }
  }

  private List<Sysctl> sysctls() {
    List<Sysctl> out = new ArrayList<>();
    for (Use u : options.all("sysctl")) {
      if (options.unknown(u, "the sysctl")) {
        continue;
      }
      for (String kv : options.values(u)) {
        int eq = kv.indexOf('=');
        out.add(new Sysctl(eq < 0 ? kv : kv.substring(0, eq), eq < 0 ? "" : kv.substring(eq + 1), options.src(u)));
      }
    }
    return out;
  }

  /** --runtime, or podman's global --runtime before the subcommand. */
  private Setting<String> runtime() {
    Use u = options.last("runtime");
    if (u != null) {
      return options.unknown(u, "the runtime") ? Setting.unset(options.src(u))
          : Setting.explicit(u.value(), options.src(u));
    }
    CommandLine cmd = options.command();
    if (cmd.runtime() != null) {
      Arg a = cmd.runtime().at();
      return Setting.explicit(cmd.runtime().value(), new Source(options.file(), a.line(), "/--runtime"));
    }
    return Setting.unset(options.at());
  }

  /** --label moat.dev/ignore=ids (and moat.dev/ignore-reason=why); the last of each counts. */
  private List<Suppression> suppressions() {
    Map<String, Use> labels = new HashMap<>();
    Map<String, String> values = new HashMap<>();
    for (Use u : options.all("label")) {
      int eq = u.value().indexOf('=');
      if (eq > 0) {
        labels.put(u.value().substring(0, eq), u);
        values.put(u.value().substring(0, eq), u.value().substring(eq + 1));
      }
    }
    Use ignore = labels.get(IgnoreLabel.KEY);
    if (ignore == null) {
      return List.of();
    }
    return List.of(IgnoreLabel.suppression(values.get(IgnoreLabel.KEY), values.get(IgnoreLabel.REASON_KEY),
        options.src(ignore)));
  }
}
