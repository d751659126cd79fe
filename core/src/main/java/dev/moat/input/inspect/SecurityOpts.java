package dev.moat.input.inspect;

import dev.moat.model.Profile;
import dev.moat.model.ProfileKind;
import dev.moat.model.SeLinux;
import dev.moat.model.Setting;
import dev.moat.model.Source;
import java.util.List;

/**
 * HostConfig.SecurityOpt as the engines store it: "seccomp=unconfined", "apparmor=unconfined",
 * "label=disable", "label=type:spc_t", "no-new-privileges", "systempaths=unconfined" (Docker),
 * "unmask=ALL" (Podman). Docker's legacy colon form ("seccomp:unconfined", "label:disable",
 * "no-new-privileges:true") is read too. Each result keeps the line of the entry it came from.
 */
record SecurityOpts(
    Setting<Profile> seccomp,
    Setting<Profile> appArmor,
    Setting<SeLinux> seLinux,
    Setting<Boolean> noNewPrivileges,
    Setting<Boolean> unmasked) {

  /** The key and value of one entry: split at the first '=', else at the first ':'. */
  record Option(String key, String value) {
    static Option parse(String text) {
      int eq = text.indexOf('=');
      int at = eq >= 0 ? eq : text.indexOf(':');
      return at < 0 ? new Option(text.trim(), "") : new Option(text.substring(0, at).trim(), text.substring(at + 1).trim());
    }
  }

  /** @param where the SecurityOpt key, or where it would be written */
  static SecurityOpts read(List<Setting<String>> entries, Source where) {
    Setting<Profile> seccomp = Setting.unset(where);
    Setting<Profile> appArmor = Setting.unset(where);
    Setting<Boolean> nnp = Setting.unset(where);
    Setting<Boolean> unmasked = Setting.unset(where);
    String user = "";
    String role = "";
    String type = "";
    String level = "";
    boolean disabled = false;
    Source labelSource = null;
    for (Setting<String> entry : entries) {
      Option o = Option.parse(entry.value());
      Source src = entry.source();
      switch (o.key()) {
        case "seccomp" -> seccomp = Setting.explicit(seccompProfile(o.value()), src);
        case "apparmor" -> appArmor = Setting.explicit(appArmorProfile(o.value()), src);
        case "no-new-privileges" -> nnp = Setting.explicit(!"false".equalsIgnoreCase(o.value()), src);
        case "systempaths" -> {
          if ("unconfined".equals(o.value())) {
            unmasked = Setting.explicit(true, src);
          }
        }
        case "unmask" -> {
          if ("ALL".equalsIgnoreCase(o.value())) {
            unmasked = Setting.explicit(true, src);
          }
        }
        case "label" -> {
          Option l = Option.parse(o.value());
          switch (l.key()) {
            case "disable" -> disabled = true;
            case "user" -> user = l.value();
            case "role" -> role = l.value();
            case "type" -> type = l.value();
            case "level" -> level = l.value();
            default -> { } // filetype, nested: no bearing on the process's domain
          }
          if (labelSource == null || "disable".equals(l.key())) {
            labelSource = src;
          }
        }
        default -> { }
      }
    }
    Setting<SeLinux> seLinux = labelSource == null ? Setting.unset(where)
        : Setting.explicit(new SeLinux(user, role, type, level, disabled), labelSource);
    return new SecurityOpts(seccomp, appArmor, seLinux, nnp, unmasked);
  }

  /** "unconfined", a profile's JSON (Docker stores the content) or a path (Podman keeps the path). */
  static Profile seccompProfile(String value) {
    if ("unconfined".equals(value)) {
      return new Profile(ProfileKind.UNCONFINED, "seccomp=unconfined", null);
    }
    if (value.isEmpty() || "builtin".equals(value) || "default".equals(value)) {
      return new Profile(ProfileKind.RUNTIME_DEFAULT, "seccomp=" + value, null);
    }
    boolean json = value.startsWith("{");
    return new Profile(ProfileKind.LOCALHOST, json ? "seccomp=<custom profile>" : "seccomp=" + value,
        json ? null : value);
  }

  /** AppArmor profile names as the engines write them in SecurityOpt and AppArmorProfile. */
  static Profile appArmorProfile(String value) {
    if ("unconfined".equals(value)) {
      return new Profile(ProfileKind.UNCONFINED, value, null);
    }
    if ("docker-default".equals(value) || value.startsWith("containers-default") || "runtime/default".equals(value)) {
      return new Profile(ProfileKind.RUNTIME_DEFAULT, value, null);
    }
    return new Profile(ProfileKind.LOCALHOST, value, value);
  }
}
