package dev.moat.input.dockerrun;

import dev.moat.input.dockerrun.RunParser.Use;
import dev.moat.model.Port;
import dev.moat.model.Source;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** -p/--publish, in the short form or as key=value fields; a range keeps its first port. */
final class PortFlags {

  private PortFlags() {}

  static List<Port> read(OptionReader options) {
    List<Port> out = new ArrayList<>();
    for (Use u : options.all("publish")) {
      for (String spec : options.values(u)) {
        out.add(port(spec, options.src(u)));
      }
    }
    return out;
  }

  /** [ip:][hostPort:]containerPort[/protocol], or published=8080,target=80,protocol=udp. */
  private static Port port(String spec, Source s) {
    if (spec.contains("=")) {
      Map<String, String> kv = new HashMap<>();
      for (String f : spec.split(",")) {
        int eq = f.indexOf('=');
        if (eq > 0) {
          kv.put(f.substring(0, eq), f.substring(eq + 1));
        }
      }
      return new Port(firstPort(kv.get("target")), firstPort(kv.get("published")), null,
          kv.getOrDefault("protocol", "tcp").toUpperCase(Locale.ROOT), s);
    }
    String protocol = "TCP";
    String rest = spec;
    int slash = rest.lastIndexOf('/');
    if (slash >= 0) {
      protocol = rest.substring(slash + 1).toUpperCase(Locale.ROOT);
      rest = rest.substring(0, slash);
    }
    String ip = null;
    if (rest.startsWith("[")) {
      int close = rest.indexOf(']');
      if (close > 0) {
        ip = rest.substring(1, close);
        rest = rest.substring(Math.min(close + 2, rest.length()));
      }
    }
    String[] parts = rest.split(":", -1);
    String host = null;
    String container;
    if (parts.length == 1) {
      container = parts[0];
    } else if (parts.length == 2) {
      host = parts[0];
      container = parts[1];
    } else {
      ip = parts[0];
      host = parts[parts.length - 2];
      container = parts[parts.length - 1];
    }
    return new Port(firstPort(container), firstPort(host), ip, protocol, s);
  }

  private static Integer firstPort(String text) {
    if (text == null) {
      return null;
    }
    String t = text.contains("-") ? text.substring(0, text.indexOf('-')) : text;
    return t.matches("\\d{1,5}") ? Integer.valueOf(t) : null;
  }
}
