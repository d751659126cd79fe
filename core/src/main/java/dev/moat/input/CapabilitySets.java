package dev.moat.input;

import dev.moat.input.tree.MapReader;
import dev.moat.model.Capabilities;
import dev.moat.model.Setting;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Capability sets an input reports for the process (Podman's inspect EffectiveCaps and
 * BoundingCaps, an OCI config's effective, permitted, ambient and bounding sets) joined into the
 * one list {@link Capabilities#reported()} holds: each capability once, at its first entry.
 */
public final class CapabilitySets {

  private CapabilitySets() {}

  /** The union of the string lists under {@code keys}, read in order; a wrong type is reported by the reader. */
  public static List<Setting<String>> union(MapReader from, List<String> keys) {
    List<Setting<String>> reported = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (String key : keys) {
      for (Setting<String> s : from.strings(key)) {
        if (seen.add(Capabilities.normalize(s.value()))) {
          reported.add(s);
        }
      }
    }
    return reported;
  }
}
