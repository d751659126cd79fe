package dev.moat.model;

/** A container port; {@code hostPort} is null or 0 when no host port is bound. */
public record Port(Integer containerPort, Integer hostPort, String hostIp, String protocol, Source source) {

  public boolean bindsHostPort() {
    return hostPort != null && hostPort != 0;
  }
}
