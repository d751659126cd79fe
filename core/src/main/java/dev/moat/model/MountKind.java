package dev.moat.model;

/** What backs a mount: a host path is the one that reaches outside the container. */
public enum MountKind {
  HOST_PATH,
  VOLUME,
  TMPFS,
  OTHER
}
