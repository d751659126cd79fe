package dev.moat.model;

import java.util.List;

/**
 * Settings shared by every container of a workload: a pod, a Compose service, a container.
 *
 * @param runtimeClass runtimeClassName or --runtime (a sandbox such as gVisor or Kata shows here)
 * @param serviceAccountToken whether a Kubernetes API token is mounted
 * @param os the declared operating system (Kubernetes spec.os.name)
 */
public record WorkloadIsolation(
    Namespaces namespaces,
    List<Sysctl> sysctls,
    Setting<String> runtimeClass,
    Setting<Boolean> serviceAccountToken,
    Setting<String> os,
    PodDefaults podDefaults) {

  public WorkloadIsolation {
    sysctls = List.copyOf(sysctls);
  }
}
