package dev.moat.input.dockerrun;

import dev.moat.input.CapabilityNames;
import dev.moat.input.dockerrun.RunParser.Use;
import dev.moat.model.Capabilities;
import dev.moat.model.Setting;
import dev.moat.model.Source;
import java.util.ArrayList;
import java.util.List;

/**
 * --cap-add and --cap-drop, judged against the engine's default set. The capabilities point at the
 * first --cap-drop, where dropping more would be written, or at the command when there is none. A
 * name that is not a Linux capability is an error, since docker and podman refuse to create the
 * container; docker takes one name per flag ("SYS_ADMIN,NET_ADMIN" is one unknown name), podman
 * splits at commas.
 */
final class CapabilityFlags {

  private CapabilityFlags() {}

  static Capabilities read(OptionReader options) {
    List<Setting<String>> add = new ArrayList<>();
    List<Setting<String>> drop = new ArrayList<>();
    Source at = options.at();
    Source where = at;
    for (Use u : options.all("cap-add")) {
      if (!options.unknown(u, "the added capability")) {
        options.values(u).forEach(v -> add.add(Setting.explicit(valid(options, u, v), options.src(u))));
      }
    }
    for (Use u : options.all("cap-drop")) {
      if (where == at) {
        where = options.src(u);
      }
      if (!options.unknown(u, "the dropped capability")) {
        options.values(u).forEach(v -> drop.add(Setting.explicit(valid(options, u, v), options.src(u))));
      }
    }
    return new Capabilities(add, drop, options.command().engine().defaultCapabilities(), where);
  }

  /** The name, when it is a capability (or ALL); otherwise the error the engine would give, with a hint. */
  private static String valid(OptionReader options, Use u, String name) {
    if (!CapabilityNames.isValid(name)) {
      throw options.syntaxError(u, "unknown capability \"" + name + "\" for " + u.written(),
          CapabilityNames.hint(name));
    }
    return name;
  }
}
