package dev.moat.rules;

import dev.moat.rule.Rule;
import dev.moat.rule.RuleMeta;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every rule Moat has, in one explicit list: no classpath scanning, no registration side effects.
 * Adding a rule is writing its class and adding one line here; CatalogueTest checks the rest.
 */
public final class Catalogue {

  private static final List<Rule> RULES = List.of(
      // FILTERING
      new PrivilegedContainer(),
      new PrivilegeEscalationAllowed(),
      new CapabilitiesNotDropped(),
      new DangerousCapability(),
      new NetRawCapability(),
      new SeccompDisabled(),
      new SeccompNotSet(),
      new AppArmorDisabled(),
      new SeLinuxDisabled(),
      new WritableRootFilesystem(),
      new UnsafeSysctl(),
      // SEGMENTATION
      new HostPidNamespace(),
      new HostNetworkNamespace(),
      new HostIpcNamespace(),
      new HostUtsNamespace(),
      new HostCgroupNamespace(),
      new HostPort(),
      new HostPathMount(),
      new SensitiveHostPath(),
      new ContainerRuntimeSocket(),
      new HostDevices(),
      new ProcMountUnmasked(),
      new HostProcessContainer(),
      new MissingMemoryLimit(),
      new MissingCpuLimit(),
      new MissingPidsLimit(),
      // PRIVILEGE
      new RunsAsRoot(),
      new RootGroup(),
      new HostUserNamespace(),
      new DockerfileRootUser(),
      new DockerfileSudo(),
      // SUPPLY_CHAIN
      new ImageTagMutable(),
      new ServiceAccountTokenAutomount(),
      new DockerfileUnpinnedBase());

  private static final Map<String, Rule> BY_ID = index();

  private Catalogue() {}

  public static List<Rule> rules() {
    return RULES;
  }

  public static Optional<Rule> byId(String id) {
    return Optional.ofNullable(BY_ID.get(id));
  }

  public static List<RuleMeta> metas() {
    return RULES.stream().map(Rule::meta).toList();
  }

  private static Map<String, Rule> index() {
    Map<String, Rule> m = new LinkedHashMap<>();
    for (Rule r : RULES) {
      if (m.put(r.meta().id(), r) != null) {
        throw new IllegalStateException("duplicate rule id " + r.meta().id());
      }
    }
    return m;
  }
}
