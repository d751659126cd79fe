package dev.moat.model;

import java.util.List;

/**
 * One container of a workload, with everything that decides how isolated it is.
 *
 * @param source where the container is declared (its "- name:" line, the service, the flag list)
 * @param probeHosts the {@code host} fields of probes and lifecycle handlers (Kubernetes)
 * @param build how its image is built, when the input says (Compose build:); null otherwise
 */
public record Container(
    String name,
    ContainerKind kind,
    Source source,
    Setting<String> image,
    Isolation isolation,
    Resources resources,
    List<Mount> mounts,
    List<Device> devices,
    List<Port> ports,
    List<Setting<String>> probeHosts,
    Build build) {

  /** A container whose input does not say how its image is built. */
  public Container(String name, ContainerKind kind, Source source, Setting<String> image, Isolation isolation,
      Resources resources, List<Mount> mounts, List<Device> devices, List<Port> ports,
      List<Setting<String>> probeHosts) {
    this(name, kind, source, image, isolation, resources, mounts, devices, ports, probeHosts, null);
  }

  /** The same container with another identity (the image's USER joined in). */
  public Container withIdentity(Identity identity) {
    Isolation i = isolation;
    Isolation changed = new Isolation(i.privileged(), i.allowPrivilegeEscalation(), i.capabilities(), i.seccomp(),
        i.appArmor(), i.seLinux(), i.readOnlyRootFilesystem(), identity, i.procMount(), i.windowsHostProcess());
    return new Container(name, kind, source, image, changed, resources, mounts, devices, ports, probeHosts, build);
  }

  public Container {
    mounts = List.copyOf(mounts);
    devices = List.copyOf(devices);
    ports = List.copyOf(ports);
    probeHosts = List.copyOf(probeHosts);
  }
}
