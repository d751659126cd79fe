package dev.moat.model;

/** A namespaced kernel parameter set for the workload. */
public record Sysctl(String name, String value, Source source) {}
