package dev.moat.model;

import java.util.Objects;

/**
 * A seccomp or AppArmor profile as requested. {@code raw} keeps the text as written
 * ("RuntimeDefault", "runtime/default", "unconfined", a file path) for messages and exact checks.
 */
public record Profile(ProfileKind kind, String raw, String localhostName) {

  public Profile {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(raw, "raw");
  }

  public boolean isUnconfined() {
    return kind == ProfileKind.UNCONFINED;
  }

  public boolean confines() {
    return kind == ProfileKind.RUNTIME_DEFAULT || kind == ProfileKind.LOCALHOST;
  }
}
