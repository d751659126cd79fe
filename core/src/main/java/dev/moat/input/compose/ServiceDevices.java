package dev.moat.input.compose;

import dev.moat.input.compose.CNode.CMap;
import dev.moat.input.compose.CNode.CScalar;
import dev.moat.model.Device;
import dev.moat.model.Setting;
import dev.moat.model.Source;
import java.util.ArrayList;
import java.util.List;

/** A service's devices: "HOST[:CONTAINER[:PERMISSIONS]]" or a CDI name, or the long syntax with source. */
final class ServiceDevices {

  private ServiceDevices() {}

  static List<Device> read(Fields f, CMap s) {
    List<Device> out = new ArrayList<>();
    for (CNode item : f.items(s, "devices", false, "a list of devices")) {
      Source at = item.loc().source();
      if (item instanceof CScalar sc && !sc.isNull()) {
        ShortSyntax.DeviceSpec d = ShortSyntax.device(sc.text());
        out.add(new Device(d.hostPath(), d.containerPath(), d.permissions(), at));
      } else if (item instanceof CMap m) {
        Setting<String> src = f.string(m, "source", at);
        Setting<String> target = f.string(m, "target", at);
        Setting<String> permissions = f.string(m, "permissions", at);
        if (!src.isKnown()) {
          f.problems().add(at, Fields.path(m.loc()) + ": a device needs a source (the host device)");
          continue;
        }
        out.add(new Device(src.value(), target.orElse(src.value()), permissions.orElse("rwm"), at));
      } else {
        f.wrong(item, "a device such as /dev/ttyUSB0:/dev/ttyUSB0");
      }
    }
    return out;
  }
}
