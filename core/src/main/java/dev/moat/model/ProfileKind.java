package dev.moat.model;

/** The kinds of seccomp and AppArmor profile every engine understands. */
public enum ProfileKind {
  RUNTIME_DEFAULT,
  LOCALHOST,
  UNCONFINED,
  /** A value the platform does not define; kept so standards can reject it exactly. */
  OTHER
}
