package dev.moat.result;

import dev.moat.model.ObjectRef;
import dev.moat.model.Source;
import java.util.List;

/**
 * An object that was judged, with or without findings, so a report can say what passed too.
 *
 * @param findings unsuppressed findings on it
 * @param suppressed suppressed findings on it
 */
public record Target(ObjectRef object, Source location, List<String> containers, int findings, int suppressed) {

  public Target {
    containers = List.copyOf(containers);
  }

  /** True when no finding was raised on the object (suppressed or not). */
  public boolean clean() {
    return findings == 0 && suppressed == 0;
  }
}
