package dev.moat.input.k8s;

import dev.moat.input.tree.MapReader;
import dev.moat.model.Origin;
import dev.moat.model.Profile;
import dev.moat.model.ProfileKind;
import dev.moat.model.Setting;
import java.util.Map;

/** Reads seccomp and AppArmor profiles from their fields and from the legacy annotations. */
final class Profiles {

  static final String SECCOMP_POD_ANNOTATION = "seccomp.security.alpha.kubernetes.io/pod";
  static final String SECCOMP_CONTAINER_ANNOTATION = "container.seccomp.security.alpha.kubernetes.io/";
  static final String APPARMOR_CONTAINER_ANNOTATION = "container.apparmor.security.beta.kubernetes.io/";

  private Profiles() {}

  /** A seccompProfile or appArmorProfile field: {type, localhostProfile}. */
  static Setting<Profile> field(MapReader securityContext, String key) {
    if (securityContext == null) {
      return null;
    }
    MapReader p = securityContext.map(key);
    if (p == null) {
      return null;
    }
    Setting<String> type = p.string("type");
    String raw = type.orElse("");
    ProfileKind kind = switch (raw) {
      case "RuntimeDefault" -> ProfileKind.RUNTIME_DEFAULT;
      case "Localhost" -> ProfileKind.LOCALHOST;
      case "Unconfined" -> ProfileKind.UNCONFINED;
      default -> ProfileKind.OTHER;
    };
    String localhost = p.string("localhostProfile").value();
    return Setting.explicit(new Profile(kind, raw, localhost), type.isKnown() ? type.source() : p.source());
  }

  /** A legacy annotation value such as "runtime/default", "unconfined" or "localhost/x". */
  static Setting<Profile> annotation(Map<String, Setting<String>> annotations, String key) {
    Setting<String> written = annotations.get(key);
    if (written == null) {
      return null;
    }
    String value = written.value();
    ProfileKind kind;
    String localhost = null;
    if ("runtime/default".equals(value) || "docker/default".equals(value)) {
      kind = ProfileKind.RUNTIME_DEFAULT;
    } else if ("unconfined".equals(value)) {
      kind = ProfileKind.UNCONFINED;
    } else if (value.startsWith("localhost/")) {
      kind = ProfileKind.LOCALHOST;
      localhost = value.substring("localhost/".length());
    } else {
      kind = ProfileKind.OTHER;
    }
    return Setting.of(new Profile(kind, value, localhost), Origin.ANNOTATION, written.source());
  }
}
