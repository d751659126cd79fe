package dev.moat.model;

/**
 * Which host namespaces the workload shares. A true value means "shares the host's namespace":
 * hostPID, --pid host, an OCI config without a pid namespace. {@code hostUser} is the user
 * namespace (Kubernetes hostUsers, --userns host).
 */
public record Namespaces(
    Setting<Boolean> hostPid,
    Setting<Boolean> hostNetwork,
    Setting<Boolean> hostIpc,
    Setting<Boolean> hostUts,
    Setting<Boolean> hostCgroup,
    Setting<Boolean> hostUser) {}
