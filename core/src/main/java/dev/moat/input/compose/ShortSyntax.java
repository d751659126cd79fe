package dev.moat.input.compose;

import java.util.ArrayList;
import java.util.List;

/**
 * The one-string forms of Compose volumes, devices and ports, parsed the way compose-go does.
 */
final class ShortSyntax {

  /** {@code SOURCE:TARGET[:MODE]} or a bare {@code TARGET} (an anonymous volume). */
  record VolumeSpec(String source, String target, String mode) {

    boolean readOnly() {
      return mode != null && List.of(mode.split(",")).contains("ro");
    }

    boolean readWrite() {
      return mode != null && List.of(mode.split(",")).contains("rw");
    }
  }

  /** {@code HOST[:CONTAINER[:PERMISSIONS]]}, or a CDI name such as {@code vendor.com/gpu=all}. */
  record DeviceSpec(String hostPath, String containerPath, String permissions) {}

  /** {@code [[HOST_IP:]HOST_PORT:]CONTAINER_PORT[/PROTOCOL]}; ranges keep their first port. */
  record PortSpec(String hostIp, Integer hostPort, Integer containerPort, String protocol) {}

  private ShortSyntax() {}

  /** The parts of a short volume, or null when it is malformed (an empty part, too many colons). */
  static VolumeSpec volume(String spec) {
    if (spec.isEmpty()) {
      return null;
    }
    if (spec.length() <= 2) {
      return new VolumeSpec(null, spec, null);
    }
    List<String> parts = new ArrayList<>();
    StringBuilder buf = new StringBuilder();
    int braces = 0;
    for (int i = 0; i < spec.length(); i++) {
      char c = spec.charAt(i);
      if (c == '$' && i + 1 < spec.length() && spec.charAt(i + 1) == '{') {
        braces++;
      } else if (c == '}' && braces > 0) {
        braces--;
      }
      boolean drive = c == ':' && buf.length() == 1 && Character.isLetter(buf.charAt(0));
      if (c == ':' && braces == 0 && !drive) {
        parts.add(buf.toString());
        buf.setLength(0);
      } else {
        buf.append(c);
      }
    }
    parts.add(buf.toString());
    if (parts.size() > 3 || parts.stream().anyMatch(String::isEmpty)) {
      return null;
    }
    return switch (parts.size()) {
      case 1 -> new VolumeSpec(null, parts.get(0), null);
      case 2 -> new VolumeSpec(parts.get(0), parts.get(1), null);
      default -> new VolumeSpec(parts.get(0), parts.get(1), parts.get(2));
    };
  }

  /** True when a volume source is a host path rather than a volume name (compose-go's rule). */
  static boolean isHostPath(String source) {
    if (source == null || source.isEmpty()) {
      return false;
    }
    char c = source.charAt(0);
    if (c == '.' || c == '/' || c == '~' || source.startsWith("\\\\")) {
      return true;
    }
    return source.length() >= 2 && Character.isLetter(c) && source.charAt(1) == ':';
  }

  static DeviceSpec device(String spec) {
    if (!spec.startsWith("/") && spec.contains("=")) {
      return new DeviceSpec(spec, null, null); // a CDI device name
    }
    String[] parts = spec.split(":", -1);
    String host = parts[0];
    String container = parts.length > 1 && !parts[1].isEmpty() ? parts[1] : host;
    String permissions = parts.length > 2 ? parts[2] : "rwm";
    if (parts.length == 2 && !parts[1].startsWith("/") && parts[1].matches("[rwm]+")) {
      container = host; // HOST:PERMISSIONS, as docker run accepts
      permissions = parts[1];
    }
    return new DeviceSpec(host, container, permissions);
  }

  /** The parts of a short port, or null when it is not one. */
  static PortSpec port(String spec) {
    String rest = spec.trim();
    String protocol = "tcp";
    int slash = rest.lastIndexOf('/');
    if (slash >= 0) {
      protocol = rest.substring(slash + 1);
      rest = rest.substring(0, slash);
    }
    String hostIp = null;
    if (rest.startsWith("[")) {
      int close = rest.indexOf("]:");
      if (close < 0) {
        return null;
      }
      hostIp = rest.substring(1, close);
      rest = rest.substring(close + 2);
    }
    String[] parts = rest.split(":", -1);
    String hostPort;
    String containerPort;
    switch (parts.length) {
      case 1 -> {
        hostPort = null;
        containerPort = parts[0];
      }
      case 2 -> {
        hostPort = parts[0];
        containerPort = parts[1];
      }
      case 3 -> {
        if (hostIp != null) {
          return null;
        }
        hostIp = parts[0];
        hostPort = parts[1];
        containerPort = parts[2];
      }
      default -> {
        // An unbracketed IPv6 address: the last two parts are the ports.
        hostIp = String.join(":", List.of(parts).subList(0, parts.length - 2));
        hostPort = parts[parts.length - 2];
        containerPort = parts[parts.length - 1];
      }
    }
    Integer container = firstPort(containerPort);
    if (container == null) {
      return null;
    }
    Integer host = hostPort == null || hostPort.isEmpty() ? null : firstPort(hostPort);
    if (hostPort != null && !hostPort.isEmpty() && host == null) {
      return null;
    }
    return new PortSpec(hostIp == null || hostIp.isEmpty() ? null : hostIp, host, container, protocol);
  }

  /** "8080" → 8080, "8000-8010" → 8000; null when not a port number. */
  static Integer firstPort(String text) {
    String t = text.trim();
    int dash = t.indexOf('-');
    if (dash > 0) {
      t = t.substring(0, dash);
    }
    if (t.isEmpty() || t.length() > 5 || !t.chars().allMatch(Character::isDigit)) {
      return null;
    }
    return Integer.parseInt(t);
  }
}
