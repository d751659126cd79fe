package dev.moat.input.dockerrun;

import dev.moat.input.UserSpec;
import dev.moat.input.dockerrun.RunParser.Use;
import dev.moat.model.Identity;
import dev.moat.model.Origin;
import dev.moat.model.Setting;
import dev.moat.model.Source;
import java.util.regex.Pattern;

/**
 * --user uid[:gid] or names: root is 0, other names are kept for the image to resolve. Without it
 * the image's USER decides, so the identity stays unset, except with podman's --userns keep-id,
 * which runs the process as the user who runs podman (or keep-id:uid=N's N) whatever the image
 * says. A value Moat cannot resolve is kept as written in the user name. A UID or GID beyond
 * 2147483647 is an error: runc refuses to start such a container.
 */
final class UserFlag {

  private static final Pattern NUMERIC = Pattern.compile("\\d+");
  /** The largest UID and GID runc accepts (it refuses larger ones: "out of range"). */
  static final long MAX_ID = Integer.MAX_VALUE;
  /** What podman's --userns keep-id runs the process as, said as {@link Identity#userName()} does. */
  static final String KEEP_ID_USER = "the UID of the user who runs podman (--userns keep-id runs the process as "
      + "that user, whatever the image's USER says): root only when root runs podman";

  private UserFlag() {}

  static Identity read(OptionReader options) {
    Source at = options.at();
    Use u = options.last("user");
    if (u == null || u.value().isEmpty()) {
      Identity keepId = keepId(options);
      return keepId != null ? keepId
          : new Identity(Setting.unset(at), Setting.unset(at), Setting.unset(at), Setting.unset(at));
    }
    Source s = options.src(u);
    if (options.unknown(u, "the user")) {
      return new Identity(Setting.unset(s), Setting.unset(s), Setting.unset(s), Setting.explicit(u.value(), s));
    }
    UserSpec spec = UserSpec.parse(u.value());
    String user = spec.user();
    String group = spec.group();
    Setting<Long> uid = Setting.unset(s);
    Setting<String> userName = Setting.unset(s);
    if (NUMERIC.matcher(user).matches()) {
      uid = Setting.explicit(id(options, u, user, "UID"), s);
    } else if (user.equals("root")) {
      uid = Setting.explicit(0L, s);
    } else if (!user.isEmpty()) {
      userName = Setting.explicit(user, s);
    }
    Setting<Long> gid = Setting.unset(s);
    if (group != null && NUMERIC.matcher(group).matches()) {
      gid = Setting.explicit(id(options, u, group, "GID"), s);
    } else if ("root".equals(group)) {
      gid = Setting.explicit(0L, s);
    }
    return new Identity(uid, gid, Setting.unset(s), userName);
  }

  /** A numeric UID or GID, bounded: runc refuses one beyond {@link #MAX_ID}. */
  private static long id(OptionReader options, Use u, String digits, String what) {
    String trimmed = digits.replaceFirst("^0+(?=\\d)", "");
    if (trimmed.length() > 10 || Long.parseLong(trimmed) > MAX_ID) {
      throw options.syntaxError(u, "invalid value \"" + u.value() + "\" for " + u.written(),
          "a " + what + " must be between 0 and " + MAX_ID + " (runc refuses larger ones)");
    }
    return Long.parseLong(trimmed);
  }

  /**
   * podman --userns keep-id without --user: the process runs as the user who runs podman (its UID
   * is not in the command), or as keep-id:uid=N; null for any other mode.
   */
  private static Identity keepId(OptionReader options) {
    Use ns = options.last("userns");
    if (!options.podman() || ns == null || !ns.known()) {
      return null;
    }
    String v = ns.value().trim();
    if (!v.equals("keep-id") && !v.startsWith("keep-id:")) {
      return null;
    }
    Source s = options.src(ns);
    Setting<Long> uid = Setting.unset(s);
    Setting<Long> gid = Setting.unset(s);
    for (String option : v.substring("keep-id".length()).replaceFirst("^:", "").split(",")) {
      int eq = option.indexOf('=');
      String value = eq < 0 ? "" : option.substring(eq + 1).trim();
      if (!NUMERIC.matcher(value).matches()) {
        continue;
      }
      if (option.startsWith("uid=")) {
        uid = Setting.explicit(id(options, ns, value, "UID"), s);
      } else if (option.startsWith("gid=")) {
        gid = Setting.explicit(id(options, ns, value, "GID"), s);
      }
    }
    Setting<String> userName = uid.isKnown() ? Setting.unset(s) : Setting.of(KEEP_ID_USER, Origin.DEFAULT, s);
    return new Identity(uid, gid, Setting.unset(s), userName);
  }
}
