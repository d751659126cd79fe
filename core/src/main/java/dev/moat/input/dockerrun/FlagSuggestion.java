package dev.moat.input.dockerrun;

import dev.moat.input.EditDistance;
import java.util.Locale;

/** What to tell the user about an unknown long flag: another engine's option, or the flag it was likely meant to be. */
final class FlagSuggestion {

  private FlagSuggestion() {}

  /** "it is a podman option, not a docker one", "did you mean --privileged?", or null. */
  static String forUnknown(String name, Engine engine, boolean create) {
    for (Engine other : Engine.values()) {
      if (other != engine && Flags.byName(name, other, create) != null) {
        return "it is a " + other.command() + " option, not a " + engine.command() + " one";
      }
    }
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : Flags.names(engine, create)) {
      int d = EditDistance.between(name.toLowerCase(Locale.ROOT), candidate);
      if (d < bestDistance) {
        best = candidate;
        bestDistance = d;
      }
    }
    return best != null && bestDistance <= Math.max(2, name.length() / 4) ? "did you mean --" + best + "?" : null;
  }
}
