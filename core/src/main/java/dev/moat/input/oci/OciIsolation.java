package dev.moat.input.oci;

import dev.moat.input.CapabilitySets;
import dev.moat.input.SeLinuxLabel;
import dev.moat.input.tree.MapReader;
import dev.moat.model.Capabilities;
import dev.moat.model.Identity;
import dev.moat.model.Isolation;
import dev.moat.model.Origin;
import dev.moat.model.Profile;
import dev.moat.model.ProfileKind;
import dev.moat.model.SeLinux;
import dev.moat.model.Setting;
import dev.moat.model.Source;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The process isolation a config.json gives, with nothing filled in: an absent linux.seccomp is no
 * filter, absent or empty maskedPaths is an unmasked /proc, an absent process.capabilities is no
 * capability at all. A setting that is not written points at the key that would hold it.
 *
 * <p>Capabilities are judged against the effective, permitted, ambient and bounding sets together:
 * a capability in the bounding set can be regained by executing a setuid-root or file-capability
 * binary (unless noNewPrivileges is true), so it is one the process can hold.
 */
final class OciIsolation {

  /** Podman records --privileged here; the config itself only shows its effects. */
  static final String PODMAN_PRIVILEGED = "io.podman.annotations.privileged";

  private OciIsolation() {}

  /**
   * @param process the config's process mapping, or null when it has none; likewise {@code linux}
   *     and {@code root}, which the caller reads once so a wrong type is reported once
   */
  static Isolation read(MapReader config, MapReader process, MapReader linux, MapReader root,
      Map<String, Setting<String>> annotations) {
    Source where = config.source();
    return new Isolation(
        privileged(annotations, where),
        allowPrivilegeEscalation(config, process),
        capabilities(config, process),
        seccomp(config, linux),
        appArmor(config, process),
        seLinux(config, process),
        readOnlyRoot(config, root),
        identity(config, process),
        procMount(config, linux),
        Setting.unset(where));
  }

  private static Setting<Boolean> privileged(Map<String, Setting<String>> annotations, Source where) {
    Setting<String> s = annotations.get(PODMAN_PRIVILEGED);
    if (s != null && "TRUE".equalsIgnoreCase(s.value())) {
      return Setting.of(true, Origin.ANNOTATION, s.source());
    }
    return Setting.unset(where);
  }

  private static Setting<Boolean> allowPrivilegeEscalation(MapReader config, MapReader process) {
    Setting<Boolean> nnp = process == null ? null : process.bool("noNewPrivileges");
    if (nnp != null && nnp.isKnown()) {
      return Setting.explicit(!nnp.value(), nnp.source());
    }
    return Setting.defaulted(true, OciConfig.keyAt(config, "process", process, "noNewPrivileges"));
  }

  /** The union of the sets, each capability pointing at its first entry (effective first). */
  private static Capabilities capabilities(MapReader config, MapReader process) {
    MapReader caps = process == null ? null : process.map("capabilities");
    Source where = OciConfig.keyAt(config, "process", process, "capabilities");
    List<Setting<String>> reported = caps == null ? List.of()
        : CapabilitySets.union(caps, List.of("effective", "permitted", "ambient", "bounding"));
    return new Capabilities(List.of(), List.of(), Set.of(), where, reported);
  }

  /** No linux.seccomp: no filter. A filter that allows everything and names no call is none either. */
  private static Setting<Profile> seccomp(MapReader config, MapReader linux) {
    MapReader s = linux == null ? null : linux.map("seccomp");
    if (s == null) {
      return Setting.defaulted(new Profile(ProfileKind.UNCONFINED, "no linux.seccomp", null),
          OciConfig.keyAt(config, "linux", linux, "seccomp"));
    }
    String action = s.string("defaultAction").orElse("");
    int rules = s.maps("syscalls").size();
    Source key = linux.sourceOf("seccomp");
    if ("SCMP_ACT_ALLOW".equals(action) && rules == 0) {
      return Setting.explicit(new Profile(ProfileKind.UNCONFINED, "linux.seccomp allows every system call", null), key);
    }
    return Setting.explicit(new Profile(ProfileKind.LOCALHOST,
        "linux.seccomp, default action " + action + ", " + rules + " rules", null), key);
  }

  /**
   * An absent apparmorProfile means the runtime applies none, which matters only on an AppArmor
   * host; the file cannot show the host, so only an explicit "unconfined" is a finding.
   */
  private static Setting<Profile> appArmor(MapReader config, MapReader process) {
    Setting<String> p = process == null ? null : process.string("apparmorProfile");
    if (p == null || !p.isKnown() || p.value().isEmpty()) {
      return Setting.unset(OciConfig.keyAt(config, "process", process, "apparmorProfile"));
    }
    String v = p.value();
    ProfileKind kind = "unconfined".equals(v) ? ProfileKind.UNCONFINED
        : "docker-default".equals(v) || v.startsWith("containers-default") || v.startsWith("cri-containerd")
            ? ProfileKind.RUNTIME_DEFAULT : ProfileKind.LOCALHOST;
    return Setting.explicit(new Profile(kind, v, kind == ProfileKind.LOCALHOST ? v : null), p.source());
  }

  /** selinuxLabel "user:role:type:level". */
  private static Setting<SeLinux> seLinux(MapReader config, MapReader process) {
    Setting<String> l = process == null ? null : process.string("selinuxLabel");
    if (l == null || !l.isKnown() || l.value().isEmpty()) {
      return Setting.unset(OciConfig.keyAt(config, "process", process, "selinuxLabel"));
    }
    return Setting.explicit(SeLinuxLabel.parse(l.value()), l.source());
  }

  private static Setting<Boolean> readOnlyRoot(MapReader config, MapReader root) {
    Setting<Boolean> ro = root == null ? null : root.bool("readonly");
    return ro != null && ro.isKnown() ? ro
        : Setting.defaulted(false, OciConfig.keyAt(config, "root", root, "readonly"));
  }

  private static Identity identity(MapReader config, MapReader process) {
    MapReader user = process == null ? null : process.map("user");
    Source where = OciConfig.keyAt(config, "process", process, "user");
    if (user == null) {
      return new Identity(Setting.unset(where), Setting.unset(where), Setting.unset(where), Setting.unset(where));
    }
    Setting<String> name = user.string("username"); // Windows only; Linux configs carry numbers
    return new Identity(user.integer("uid"), user.integer("gid"), Setting.unset(where),
        name.isKnown() && !name.value().isEmpty() ? name : Setting.unset(where));
  }

  private static Setting<String> procMount(MapReader config, MapReader linux) {
    if (linux != null && linux.has("maskedPaths")) {
      boolean empty = linux.strings("maskedPaths").isEmpty();
      return Setting.explicit(empty ? "Unmasked" : "Default", linux.sourceOf("maskedPaths"));
    }
    return Setting.defaulted("Unmasked", OciConfig.keyAt(config, "linux", linux, "maskedPaths"));
  }
}
