package dev.moat.model;

import java.util.List;

/**
 * Pod-level security settings exactly as written, before they are resolved into each container.
 * The containers' {@link Isolation} already holds the effective values; this record exists for
 * the standards (Pod Security Standards judge the pod-level fields themselves). Formats without
 * pods leave every setting unset.
 */
public record PodDefaults(
    Setting<Long> runAsUser,
    Setting<Long> runAsGroup,
    Setting<Boolean> runAsNonRoot,
    Setting<Profile> seccomp,
    Setting<Profile> appArmor,
    Setting<SeLinux> seLinux,
    Setting<Boolean> windowsHostProcess,
    Setting<Long> fsGroup,
    List<Setting<Long>> supplementalGroups) {

  public PodDefaults {
    supplementalGroups = List.copyOf(supplementalGroups);
  }

  public static PodDefaults none(Source where) {
    return new PodDefaults(
        Setting.unset(where), Setting.unset(where), Setting.unset(where), Setting.unset(where),
        Setting.unset(where), Setting.unset(where), Setting.unset(where), Setting.unset(where),
        List.of());
  }
}
