package dev.moat.model;

/** A host device passed into the container (--device, devices:, OCI linux.devices). */
public record Device(String hostPath, String containerPath, String permissions, Source source) {}
