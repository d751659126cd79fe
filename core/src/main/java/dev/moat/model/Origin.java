package dev.moat.model;

/**
 * How a setting got its value. Rules and standards need this: Kubernetes, Docker and Podman
 * differ in their defaults, and the Pod Security Standards judge fields where they are written.
 */
public enum Origin {
  /** Written on the container (or the only place the format has). */
  EXPLICIT,
  /** Written at pod level and inherited by the container. */
  INHERITED,
  /** Written in a legacy annotation (seccomp, AppArmor) rather than a field. */
  ANNOTATION,
  /** Not written in the workload; the image's USER says it (a Dockerfile scanned with it). */
  IMAGE,
  /** Not written; the platform's known default applies. */
  DEFAULT,
  /** Not written and no default can be known from this input (e.g. the image's USER). */
  UNSET;

  /** True when the user wrote the value somewhere (field, pod level or annotation). */
  public boolean isWritten() {
    return this == EXPLICIT || this == INHERITED || this == ANNOTATION;
  }
}
