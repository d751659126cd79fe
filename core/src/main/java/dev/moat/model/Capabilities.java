package dev.moat.model;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Capabilities added and dropped, as written, with the platform's default set so the effective
 * set can be computed. Entries keep the user's spelling ("cap_sys_admin"): Moat's own rules
 * compare {@link #normalize normalised} names, while the Pod Security Standards compare the exact
 * strings, as the API server does.
 *
 * <p>Some inputs do not leave the set to be computed: Podman's inspect output lists the
 * capabilities the process gets (EffectiveCaps, BoundingCaps) and an OCI config.json lists its
 * sets outright. Their readers pass that list as {@code reported}, and {@link #effective()} is then
 * that list instead of defaults minus drops plus adds. A capability in the bounding set can be
 * regained by executing a setuid-root or file-capability binary, so readers put the bounding set in
 * too: the reported list is what the process holds or can gain.
 *
 * @param platformDefaults normalised names the engine grants when nothing is added or dropped
 * @param where where the capabilities would be written (for findings about something missing)
 * @param reported the capabilities an engine or runtime config reports for the process, one entry
 *     per capability with its own source; null when nothing is reported and the set is computed
 */
public record Capabilities(
    List<Setting<String>> add, List<Setting<String>> drop, Set<String> platformDefaults, Source where,
    List<Setting<String>> reported) {

  public static final String ALL = "ALL";

  public Capabilities {
    add = List.copyOf(add);
    drop = List.copyOf(drop);
    platformDefaults = Set.copyOf(platformDefaults);
    reported = reported == null ? null : List.copyOf(reported);
  }

  /** Capabilities as written, judged against the platform's defaults (no reported set). */
  public Capabilities(List<Setting<String>> add, List<Setting<String>> drop, Set<String> platformDefaults, Source where) {
    this(add, drop, platformDefaults, where, null);
  }

  /** True when the input reports the set itself rather than leaving it to be computed. */
  public boolean isReported() {
    return reported != null;
  }

  /** The reported entry for a normalised capability name, if the set is reported and holds it. */
  public Optional<Setting<String>> reportedEntry(String name) {
    return reported == null ? Optional.empty()
        : reported.stream().filter(s -> name.equals(normalize(s.value()))).findFirst();
  }

  /** "cap_sys_admin", "CAP_SYS_ADMIN" and "sys_admin" all become "SYS_ADMIN". */
  public static String normalize(String name) {
    String upper = name.trim().toUpperCase(Locale.ROOT);
    return upper.startsWith("CAP_") ? upper.substring(4) : upper;
  }

  public boolean dropsAll() {
    return drop.stream().anyMatch(s -> ALL.equals(normalize(s.value())));
  }

  public boolean addsAll() {
    return added(ALL).isPresent();
  }

  /** The entry that adds this capability (normalised name), if any. */
  public Optional<Setting<String>> added(String name) {
    return add.stream().filter(s -> name.equals(normalize(s.value()))).findFirst();
  }

  /** True when the capability is dropped by name or by ALL (and not added back). */
  public boolean isDropped(String name) {
    return added(name).isEmpty()
        && (dropsAll() || drop.stream().anyMatch(s -> name.equals(normalize(s.value()))));
  }

  /**
   * The normalised capabilities the process keeps: the reported set when there is one, otherwise
   * the platform defaults minus the dropped ones, plus the added ones. Adding wins over dropping,
   * as in Docker and the CRI runtimes; "ALL" stands for every capability when added.
   */
  public Set<String> effective() {
    Set<String> result = new LinkedHashSet<>();
    if (reported != null) {
      for (Setting<String> s : reported) {
        result.add(normalize(s.value()));
      }
      return result;
    }
    for (String cap : platformDefaults) {
      if (!isDropped(cap)) {
        result.add(cap);
      }
    }
    for (Setting<String> s : add) {
      result.add(normalize(s.value()));
    }
    return result;
  }
}
