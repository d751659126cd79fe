package dev.moat.input.compose;

import dev.moat.input.UserSpec;
import dev.moat.input.compose.CNode.CMap;
import dev.moat.model.Capabilities;
import dev.moat.model.DefaultCapabilities;
import dev.moat.model.Identity;
import dev.moat.model.Isolation;
import dev.moat.model.Profile;
import dev.moat.model.ProfileKind;
import dev.moat.model.Setting;
import dev.moat.model.Source;

/**
 * A service's process isolation with Docker's defaults: not privileged, the 14 default
 * capabilities, the default seccomp and AppArmor profiles unless security_opt turns them off,
 * no-new-privileges off, a writable root filesystem. The user stays unset when {@code user:} is
 * absent: the image's USER decides.
 */
final class ServiceIsolation {

  private ServiceIsolation() {}

  static Isolation read(Fields f, CMap s, Source source) {
    SecurityOptField opts = SecurityOptField.read(f, s);
    Setting<Boolean> nnp = opts.noNewPrivileges();
    return new Isolation(
        orDefault(f.bool(s, "privileged", source), false, source),
        nnp == null ? Setting.defaulted(true, source) : Setting.explicit(!nnp.value(), nnp.source()),
        capabilities(f, s, source),
        opts.seccomp() != null ? opts.seccomp()
            : Setting.defaulted(new Profile(ProfileKind.RUNTIME_DEFAULT, "builtin", null), source),
        opts.appArmor() != null ? opts.appArmor()
            : Setting.defaulted(new Profile(ProfileKind.RUNTIME_DEFAULT, "docker-default", null), source),
        opts.seLinux() != null ? opts.seLinux() : Setting.unset(source),
        orDefault(f.bool(s, "read_only", source), false, source),
        identity(f, s, source),
        opts.procMount() != null ? opts.procMount() : Setting.defaulted("Default", source),
        Setting.unset(source));
  }

  private static Setting<Boolean> orDefault(Setting<Boolean> s, boolean value, Source source) {
    return s.isKnown() ? s : Setting.defaulted(value, source);
  }

  private static Capabilities capabilities(Fields f, CMap s, Source source) {
    CMap.Entry drop = Fields.entry(s, "cap_drop");
    return new Capabilities(f.capabilities(s, "cap_add"), f.capabilities(s, "cap_drop"), DefaultCapabilities.DOCKER,
        drop != null ? Fields.at(drop) : source);
  }

  /**
   * user: "UID[:GID]" or names; "root" is 0, other names are kept for the image to resolve. Unset
   * when absent: the image's USER decides.
   */
  private static Identity identity(Fields f, CMap s, Source source) {
    Setting<String> user = f.string(s, "user", source);
    if (!user.isKnown() || user.value().isBlank()) {
      Source where = user.isKnown() ? user.source() : source;
      return new Identity(Setting.unset(where), Setting.unset(where), Setting.unset(where), Setting.unset(where));
    }
    UserSpec spec = UserSpec.parse(user.value().trim());
    String u = spec.user();
    String g = spec.group();
    Source at = user.source();
    Setting<Long> uid = Setting.unset(at);
    Setting<String> userName = Setting.unset(at);
    Long parsedUid = id(u);
    if (parsedUid != null) {
      uid = Setting.explicit(parsedUid, at);
    } else if (!u.isEmpty()) {
      userName = Setting.explicit(u, at);
    }
    Long parsedGid = g == null ? null : id(g);
    Setting<Long> gid = parsedGid != null ? Setting.explicit(parsedGid, at) : Setting.unset(at);
    return new Identity(uid, gid, Setting.unset(at), userName);
  }

  /**
   * A numeric id of up to 18 digits, or 0 for "root"; null for another name. Not
   * {@link UserSpec#numericId}, which stops at ten digits: merging them would change which long
   * numbers one of the readers takes for names.
   */
  private static Long id(String text) {
    if ("root".equals(text)) {
      return 0L;
    }
    if (!text.isEmpty() && text.length() < 19 && text.chars().allMatch(Character::isDigit)) {
      return Long.parseLong(text);
    }
    return null;
  }
}
