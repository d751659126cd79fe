package dev.moat.model;

/**
 * Who the container's process runs as. {@code runAsUser} is unset when the image's USER decides;
 * {@code userName} keeps a non-numeric user ("nginx") that only the image can resolve. A
 * {@code userName} of {@link Origin#DEFAULT} origin is a user the engine picks itself, whatever the
 * image says, and whose UID the input does not show (podman --userns keep-id: the user who runs
 * podman); its value says who that is.
 */
public record Identity(
    Setting<Long> runAsUser,
    Setting<Long> runAsGroup,
    Setting<Boolean> runAsNonRoot,
    Setting<String> userName) {}
