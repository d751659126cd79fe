package dev.moat.input.compose;

import dev.moat.input.compose.CNode.CMap;
import dev.moat.input.compose.CNode.CScalar;
import dev.moat.model.Port;
import dev.moat.model.Source;
import java.util.ArrayList;
import java.util.List;

/**
 * A service's published ports: the short syntax ("127.0.0.1:8080:80/udp") or the long one with
 * target and published. A long entry points at its published: key, where the host port is chosen.
 */
final class ServicePorts {

  private ServicePorts() {}

  static List<Port> read(Fields f, CMap s) {
    List<Port> out = new ArrayList<>();
    for (CNode item : f.items(s, "ports", false, "a list of ports")) {
      Source at = item.loc().source();
      if (item instanceof CScalar sc && !sc.isNull()) {
        ShortSyntax.PortSpec p = ShortSyntax.port(sc.text());
        if (p == null) {
          f.wrong(item, "a port such as 8080:80 or 127.0.0.1:8080:80/udp");
          continue;
        }
        out.add(new Port(p.containerPort(), p.hostPort(), p.hostIp(), p.protocol(), at));
      } else if (item instanceof CMap m) {
        CMap.Entry target = f.scalar(m, "target", "a port number");
        Integer containerPort = target == null ? null : ShortSyntax.firstPort(Fields.text(target));
        if (containerPort == null) {
          if (target != null) {
            f.wrong(target, "a port number");
          } else {
            f.problems().add(at, Fields.path(m.loc()) + ": a port needs a target (the container port)");
          }
          continue;
        }
        CMap.Entry published = f.scalar(m, "published", "a port number or range");
        Integer hostPort = published == null ? null : ShortSyntax.firstPort(Fields.text(published));
        if (published != null && hostPort == null) {
          f.wrong(published, "a port number or range");
          continue;
        }
        out.add(new Port(containerPort, hostPort, f.string(m, "host_ip", at).value(),
            f.string(m, "protocol", at).orElse("tcp"), published != null ? Fields.at(published) : at));
      } else {
        f.wrong(item, "a port such as 8080:80");
      }
    }
    return out;
  }
}
