package dev.moat.model;

/**
 * Who the container's process runs as. {@code runAsUser} is unset when the image's USER decides;
 * {@code userName} keeps a non-numeric user ("nginx") that only the image can resolve.
 */
public record Identity(
    Setting<Long> runAsUser,
    Setting<Long> runAsGroup,
    Setting<Boolean> runAsNonRoot,
    Setting<String> userName) {}
