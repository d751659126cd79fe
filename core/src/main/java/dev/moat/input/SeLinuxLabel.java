package dev.moat.input;

import dev.moat.model.SeLinux;

/**
 * An SELinux process label as engines and runtimes report the one applied (inspect ProcessLabel,
 * an OCI config's process.selinuxLabel): "user:role:type:level", where the level may itself hold
 * colons (s0:c1,c2). Missing parts are empty.
 */
public final class SeLinuxLabel {

  private SeLinuxLabel() {}

  public static SeLinux parse(String label) {
    String[] parts = label.split(":", 4);
    return new SeLinux(part(parts, 0), part(parts, 1), part(parts, 2), part(parts, 3), false);
  }

  private static String part(String[] parts, int i) {
    return i < parts.length ? parts[i] : "";
  }
}
