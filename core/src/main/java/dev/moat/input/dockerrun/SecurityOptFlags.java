package dev.moat.input.dockerrun;

import dev.moat.input.GoBool;
import dev.moat.input.dockerrun.RunParser.Use;
import dev.moat.model.Profile;
import dev.moat.model.ProfileKind;
import dev.moat.model.SeLinux;
import dev.moat.model.Setting;
import dev.moat.model.Source;

/**
 * What the --security-opt flags of a command say, read once, as the docker, podman and nerdctl CLIs
 * take them: "key=value", the legacy "key:value", a bare no-new-privileges or label "disable". A
 * value Moat cannot resolve is noted and skipped; a malformed one is an error.
 *
 * <p>Compose's security_opt and inspect's SecurityOpt have readers of their own: Compose splits at
 * whichever separator comes first and reports a bad value instead of refusing the command, and
 * inspect output holds what the engine stored, not what was typed.
 *
 * @param noNewPrivileges null when no option sets it
 */
record SecurityOptFlags(Setting<Profile> seccomp, Setting<Profile> appArmor, Setting<SeLinux> seLinux,
    Setting<Boolean> noNewPrivileges, Setting<String> procMount) {

  /** @throws InputSyntaxException for an option that is neither key=value nor a known bare word */
  static SecurityOptFlags read(OptionReader options) {
    Source at = options.at();
    Setting<Profile> seccomp = Setting.defaulted(new Profile(ProfileKind.RUNTIME_DEFAULT, "default", null), at);
    Setting<Profile> appArmor = Setting.unset(at);
    Setting<Boolean> nnp = null;
    Setting<String> procMount = Setting.defaulted("Default", at);
    String[] label = {"", "", "", ""};
    boolean labelDisabled = false;
    Source labelSource = null;
    for (Use u : options.all("security-opt")) {
      if (options.unknown(u, "this security option")) {
        continue;
      }
      String opt = u.value();
      Source s = options.src(u);
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
        throw options.syntaxError(u, "invalid --security-opt \"" + opt + "\"",
            "expected key=value or no-new-privileges");
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
          Boolean b = value.isEmpty() ? Boolean.TRUE : GoBool.parse(value);
          if (b == null) {
            throw options.syntaxError(u, "invalid --security-opt \"" + opt + "\"",
                "no-new-privileges takes true or false");
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
        default -> options.note(u.valueAt(), "unknown security option \"" + opt + "\" is ignored");
      }
    }
    Setting<SeLinux> seLinux = Setting.unset(at);
    if (labelDisabled) {
      seLinux = Setting.explicit(SeLinux.disabledLabel(), labelSource);
    } else if (labelSource != null) {
      seLinux = Setting.explicit(new SeLinux(label[0], label[1], label[2], label[3], false), labelSource);
    }
    return new SecurityOptFlags(seccomp, appArmor, seLinux, nnp, procMount);
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

  /** no-new-privileges turned around; the engines allow escalation unless it is set. */
  Setting<Boolean> allowPrivilegeEscalation(Source at) {
    if (noNewPrivileges == null) {
      return Setting.defaulted(true, at);
    }
    return Setting.explicit(!noNewPrivileges.value(), noNewPrivileges.source());
  }
}
