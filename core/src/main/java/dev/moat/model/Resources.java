package dev.moat.model;

/** Resource limits; unset when the input gives none. Values keep the input's own units. */
public record Resources(Setting<String> memoryLimit, Setting<String> cpuLimit, Setting<Long> pidsLimit) {}
