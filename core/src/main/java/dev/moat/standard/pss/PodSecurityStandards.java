package dev.moat.standard.pss;

import dev.moat.rule.Rule;
import java.util.List;

/**
 * The Pod Security Standards at the latest policy version, Kubernetes 1.37. Restricted is
 * baseline plus its own controls, minus the four baseline controls restricted replaces
 * (hostPathVolumes, capabilities_baseline, seccompProfile_baseline, procMount), exactly as Pod
 * Security Admission composes them.
 */
public final class PodSecurityStandards {

  /** The policy version these controls implement. */
  public static final String VERSION = "1.37";

  private PodSecurityStandards() {}

  public static List<Rule> baseline() {
    return List.of(
        new AppArmor(), new CapabilitiesBaseline(), new HostNamespaces(), new HostPathVolumes(),
        new HostPorts(), new HostProbes(), new Privileged(), new ProcMountBaseline(), new SeLinuxOptions(),
        new SeccompBaseline(), new Sysctls(), new WindowsHostProcess());
  }

  public static List<Rule> restricted() {
    return List.of(
        new AppArmor(), new HostNamespaces(), new HostPorts(), new HostProbes(), new Privileged(),
        new SeLinuxOptions(), new Sysctls(), new WindowsHostProcess(),
        new VolumeTypes(), new PrivilegeEscalation(), new CapabilitiesRestricted(), new RunningAsNonRoot(),
        new RunningAsNonRootUser(), new SeccompRestricted(), new ProcMountRestricted());
  }
}
