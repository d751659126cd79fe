package dev.moat.rules;

import dev.moat.model.Container;
import dev.moat.model.Device;
import dev.moat.model.Mount;
import dev.moat.model.Platform;
import dev.moat.model.Setting;
import dev.moat.model.Workload;
import dev.moat.rule.ContainerRule;
import dev.moat.rule.Layer;
import dev.moat.rule.RuleInfo;
import dev.moat.rule.Severity;
import dev.moat.rule.Violation;
import java.util.ArrayList;
import java.util.List;

/** Flags host devices passed into a container, directly or through a host mount under /dev. */
@RuleInfo(
    id = "host-devices",
    layer = Layer.SEGMENTATION,
    severity = Severity.HIGH,
    summary = "Host devices are passed into the container",
    description = "A host block device can be mounted to read and write the host's disk; character "
        + "devices such as /dev/mem, /dev/kmsg or GPU and FUSE nodes expose kernel drivers with a large "
        + "attack surface.",
    remediation = "Remove --device / devices: entries and hostPath mounts under /dev. If a device is "
        + "really needed (GPU, FUSE), use a device plugin and grant only that node, read-only where possible.",
    references = {"CIS Docker 5.18"},
    supersedes = {"host-path-mount", "sensitive-host-path"})
public final class HostDevices implements ContainerRule {

  @Override
  public List<Violation> check(Workload w, Container c) {
    List<Violation> out = new ArrayList<>();
    // A privileged container's OCI config lists every host device; privileged-container says so once.
    boolean privilegedConfig = w.platform() == Platform.OCI && Setting.isTrue(c.isolation().privileged());
    List<Device> devices = privilegedConfig ? List.of() : c.devices();
    for (Device d : devices) {
      out.add(Violation.at(d.source(), "%s is given host device %s%s", Subject.of(c), d.hostPath(),
          d.containerPath() == null || d.containerPath().equals(d.hostPath()) ? "" : " as " + d.containerPath()));
    }
    for (Mount m : c.mounts()) {
      if (m.isHostPath() && HostPaths.isDevice(HostPaths.normalize(m.hostPath()))) {
        out.add(Violation.at(m.hostPathSource() != null ? m.hostPathSource() : m.source(),
            "%s mounts host device %s at %s", Subject.of(c), m.hostPath(), m.containerPath()));
      }
    }
    return out;
  }
}
