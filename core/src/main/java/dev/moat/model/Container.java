package dev.moat.model;

import java.util.List;

/**
 * One container of a workload, with everything that decides how isolated it is.
 *
 * @param source where the container is declared (its "- name:" line, the service, the flag list)
 * @param probeHosts the {@code host} fields of probes and lifecycle handlers (Kubernetes)
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
    List<Setting<String>> probeHosts) {

  public Container {
    mounts = List.copyOf(mounts);
    devices = List.copyOf(devices);
    ports = List.copyOf(ports);
    probeHosts = List.copyOf(probeHosts);
  }
}
