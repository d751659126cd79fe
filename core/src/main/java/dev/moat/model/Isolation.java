package dev.moat.model;

/**
 * The effective security settings of one container, with pod-level values already resolved in
 * (their {@link Origin} says so) and platform defaults applied by the parser. Rules read this.
 *
 * @param allowPrivilegeEscalation false when no_new_privs is set (Kubernetes
 *     allowPrivilegeEscalation: false, --security-opt no-new-privileges)
 * @param procMount "Default" or "Unmasked" (--security-opt systempaths=unconfined)
 */
public record Isolation(
    Setting<Boolean> privileged,
    Setting<Boolean> allowPrivilegeEscalation,
    Capabilities capabilities,
    Setting<Profile> seccomp,
    Setting<Profile> appArmor,
    Setting<SeLinux> seLinux,
    Setting<Boolean> readOnlyRootFilesystem,
    Identity identity,
    Setting<String> procMount,
    Setting<Boolean> windowsHostProcess) {}
