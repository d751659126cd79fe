package dev.moat.rules;

import dev.moat.model.Workload;

/**
 * Tells Windows pods apart. The API server rejects the Linux-only security fields (seccompProfile,
 * capabilities, allowPrivilegeEscalation, readOnlyRootFilesystem, runAsUser, hostUsers, ...) on a
 * pod with spec.os.name: windows, so a rule asking for one of them must stay silent there: its
 * finding could never be fixed.
 */
final class Windows {

  private Windows() {}

  static boolean isWindowsPod(Workload w) {
    return w.isolation().os().is("windows");
  }
}
