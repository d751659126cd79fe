package dev.moat.input.compose;

import dev.moat.input.GoBool;
import dev.moat.input.compose.CNode.CMap;
import dev.moat.input.tree.Problems;
import dev.moat.model.Profile;
import dev.moat.model.ProfileKind;
import dev.moat.model.SeLinux;
import dev.moat.model.Setting;
import dev.moat.model.Source;
import java.util.Locale;

/**
 * A service's security_opt entries as the Docker engine reads them: "key=value", or the legacy
 * "key:value", split at whichever comes first; a bare "no-new-privileges" means true. Later entries
 * win, as in the engine. A field that no entry sets is null: the caller applies Docker's default.
 *
 * <p>docker run's --security-opt has a reader of its own: the CLI prefers '=' wherever it stands and
 * refuses a malformed option, where a Compose file's is reported with the service.
 */
record SecurityOptField(Setting<Profile> seccomp, Setting<Profile> appArmor, Setting<SeLinux> seLinux,
    Setting<Boolean> noNewPrivileges, Setting<String> procMount) {

  static SecurityOptField read(Fields f, CMap s) {
    Setting<Profile> seccomp = null;
    Setting<Profile> appArmor = null;
    Setting<SeLinux> seLinux = null;
    Setting<Boolean> noNewPrivileges = null;
    Setting<String> procMount = null;
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
        case "seccomp" -> seccomp = Setting.explicit(profile(value, "builtin"), at);
        case "apparmor" -> appArmor = Setting.explicit(profile(value, "docker-default"), at);
        case "label" -> {
          if (value == null) {
            break;
          }
          if ("disable".equalsIgnoreCase(value)) {
            seLinux = Setting.explicit(SeLinux.disabledLabel(), at);
            break;
          }
          if (seLinux != null && seLinux.value().disabled()) {
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
          seLinux = Setting.explicit(new SeLinux(user, role, type, level, false),
              seLinux != null ? seLinux.source() : at);
        }
        case "no-new-privileges" -> {
          Boolean b = value == null || value.isEmpty() ? Boolean.TRUE : GoBool.parse(value);
          if (b == null) {
            f.problems().add(at, Problems.path(at.pointer())
                + ": no-new-privileges takes true or false, found \"" + value + "\"");
          } else {
            noNewPrivileges = Setting.explicit(b, at);
          }
        }
        case "systempaths" -> {
          if ("unconfined".equalsIgnoreCase(value)) {
            procMount = Setting.explicit("Unmasked", at);
          }
        }
        case "unmask" -> {
          if ("ALL".equalsIgnoreCase(value)) {
            procMount = Setting.explicit("Unmasked", at);
          }
        }
        default -> { }
      }
    }
    return new SecurityOptField(seccomp, appArmor, seLinux, noNewPrivileges, procMount);
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
}
