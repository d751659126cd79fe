package dev.moat.input.dockerrun;

import dev.moat.input.dockerrun.RunParser.Use;
import dev.moat.model.Device;
import dev.moat.model.Source;
import java.util.ArrayList;
import java.util.List;

/** --device and --gpus, in the order they are written; GPUs are one device that stands for them all. */
final class DeviceFlags {

  private DeviceFlags() {}

  static List<Device> read(OptionReader options) {
    List<Device> out = new ArrayList<>();
    for (Use u : options.uses()) {
      if (u.name().equals("device")) {
        if (options.unknown(u, "the device")) {
          continue;
        }
        for (String spec : options.values(u)) {
          out.add(device(spec, options.src(u)));
        }
      } else if (u.name().equals("gpus")) {
        out.add(new Device("GPUs (--gpus " + u.value() + ")", null, "rwm", options.src(u)));
      }
    }
    return out;
  }

  /** host[:container[:permissions]], or a CDI name such as nvidia.com/gpu=all. */
  private static Device device(String spec, Source s) {
    if (spec.contains("=") && !spec.startsWith("/")) {
      return new Device(spec, null, "rwm", s);
    }
    String[] parts = spec.split(":", 3);
    String host = parts[0];
    String container = host;
    String permissions = "rwm";
    if (parts.length == 2) {
      if (parts[1].matches("[rwm]{1,3}")) {
        permissions = parts[1];
      } else {
        container = parts[1];
      }
    } else if (parts.length == 3) {
      container = parts[1];
      permissions = parts[2];
    }
    return new Device(host, container, permissions, s);
  }
}
