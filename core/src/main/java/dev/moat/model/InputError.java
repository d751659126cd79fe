package dev.moat.model;

/**
 * An input that could not be read or understood: a one-line message naming what was expected.
 * Other inputs are still scanned; the run ends with exit code 4.
 */
public record InputError(Source source, String message) {}
