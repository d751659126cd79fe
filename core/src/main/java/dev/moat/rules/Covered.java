package dev.moat.rules;

import dev.moat.model.Container;
import dev.moat.model.Setting;

/**
 * Says when another finding already tells the whole story, so a rule stays silent instead of
 * adding noise that could only be fixed by fixing that other finding first.
 */
final class Covered {

  private Covered() {}

  /**
   * A privileged container has every capability, no seccomp filter and no_new_privs off whatever
   * else it asks for: privileged-container reports that, and the capability, seccomp and
   * escalation rules would only repeat it (with sets that do not even apply).
   */
  static boolean byPrivileged(Container c) {
    return Setting.isTrue(c.isolation().privileged());
  }

  /** An added ALL is reported by dangerous-capability as CRITICAL; the default-set rules add nothing. */
  static boolean byAddedAll(Container c) {
    return c.isolation().capabilities().addsAll();
  }
}
