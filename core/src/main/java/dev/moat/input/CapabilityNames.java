package dev.moat.input;

import dev.moat.model.Capabilities;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The names of the Linux capabilities, to tell a capability from a typo. Docker and Podman
 * normalise a name (upper case, {@code CAP_} added when missing) and refuse one they do not know
 * ("unknown capability"), so a container that names one is never created; Kubernetes accepts any
 * string and the container runtime meets it when the container starts. {@code ALL} stands for every
 * capability in both.
 */
public final class CapabilityNames {

  /** The 41 capabilities of Linux 5.9 and later, in the kernel's order (CAP_CHOWN is 0). */
  public static final List<String> LINUX = List.of(
      "CHOWN", "DAC_OVERRIDE", "DAC_READ_SEARCH", "FOWNER", "FSETID", "KILL", "SETGID", "SETUID", "SETPCAP",
      "LINUX_IMMUTABLE", "NET_BIND_SERVICE", "NET_BROADCAST", "NET_ADMIN", "NET_RAW", "IPC_LOCK", "IPC_OWNER",
      "SYS_MODULE", "SYS_RAWIO", "SYS_CHROOT", "SYS_PTRACE", "SYS_PACCT", "SYS_ADMIN", "SYS_BOOT", "SYS_NICE",
      "SYS_RESOURCE", "SYS_TIME", "SYS_TTY_CONFIG", "MKNOD", "LEASE", "AUDIT_WRITE", "AUDIT_CONTROL", "SETFCAP",
      "MAC_OVERRIDE", "MAC_ADMIN", "SYSLOG", "WAKE_ALARM", "BLOCK_SUSPEND", "AUDIT_READ", "PERFMON", "BPF",
      "CHECKPOINT_RESTORE");

  private static final Set<String> KNOWN = Set.copyOf(LINUX);

  private CapabilityNames() {}

  /** True for a Linux capability with or without CAP_, in any case, and for ALL. */
  public static boolean isValid(String written) {
    String name = Capabilities.normalize(written);
    return Capabilities.ALL.equals(name) || KNOWN.contains(name);
  }

  /**
   * What to tell the user about a name that is not valid: "did you mean CAP_SYS_ADMIN?", "it names
   * several capabilities (CAP_SYS_ADMIN, CAP_NET_ADMIN): give each one separately", or what a
   * capability looks like when nothing is close.
   */
  public static String hint(String written) {
    if (written.contains(",")) {
      List<String> parts = new ArrayList<>();
      for (String part : written.split(",")) {
        if (!isValid(part)) {
          parts = null;
          break;
        }
        parts.add(canonical(part));
      }
      if (parts != null && parts.size() > 1) {
        return "it names several capabilities (" + String.join(", ", parts) + "): give each one separately";
      }
    }
    String name = Capabilities.normalize(written).replace('-', '_').replace(' ', '_');
    if (KNOWN.contains(name)) {
      return "did you mean CAP_" + name + "?";
    }
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String known : LINUX) { // in a fixed order: the first of equally close names wins
      int d = EditDistance.between(name, known);
      if (d < bestDistance) {
        best = known;
        bestDistance = d;
      }
    }
    if (best != null && bestDistance <= Math.max(2, name.length() / 4)) {
      return "did you mean CAP_" + best + "?";
    }
    return "expected a Linux capability such as CAP_NET_BIND_SERVICE (see capabilities(7)) or ALL";
  }

  /** "unknown capability "sys_admn" (did you mean CAP_SYS_ADMIN?)". */
  public static String unknown(String written) {
    return "unknown capability \"" + written + "\" (" + hint(written) + ")";
  }

  private static String canonical(String written) {
    String name = Capabilities.normalize(written);
    return Capabilities.ALL.equals(name) ? name : "CAP_" + name;
  }
}
