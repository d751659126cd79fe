package dev.moat.input.dockerrun;

import dev.moat.input.UserSpec;
import dev.moat.input.dockerrun.RunParser.Use;
import dev.moat.model.Identity;
import dev.moat.model.Setting;
import dev.moat.model.Source;
import java.util.regex.Pattern;

/**
 * --user uid[:gid] or names: root is 0, other names are kept for the image to resolve. Without it
 * the image's USER decides, so the identity stays unset; a value Moat cannot resolve is kept as
 * written in the user name.
 */
final class UserFlag {

  private static final Pattern NUMERIC = Pattern.compile("\\d+");

  private UserFlag() {}

  static Identity read(OptionReader options) {
    Source at = options.at();
    Use u = options.last("user");
    if (u == null || u.value().isEmpty()) {
      return new Identity(Setting.unset(at), Setting.unset(at), Setting.unset(at), Setting.unset(at));
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
}
