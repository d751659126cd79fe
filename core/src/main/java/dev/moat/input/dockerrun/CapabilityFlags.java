package dev.moat.input.dockerrun;

import dev.moat.input.dockerrun.RunParser.Use;
import dev.moat.model.Capabilities;
import dev.moat.model.Setting;
import dev.moat.model.Source;
import java.util.ArrayList;
import java.util.List;

/**
 * --cap-add and --cap-drop, judged against the engine's default set. The capabilities point at the
 * first --cap-drop, where dropping more would be written, or at the command when there is none.
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
        options.values(u).forEach(v -> add.add(Setting.explicit(v, options.src(u))));
      }
    }
    for (Use u : options.all("cap-drop")) {
      if (where == at) {
        where = options.src(u);
      }
      if (!options.unknown(u, "the dropped capability")) {
        options.values(u).forEach(v -> drop.add(Setting.explicit(v, options.src(u))));
      }
    }
    return new Capabilities(add, drop, options.command().engine().defaultCapabilities(), where);
  }
}
