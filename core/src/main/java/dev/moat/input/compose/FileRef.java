package dev.moat.input.compose;

import java.nio.file.Path;

/**
 * One file of a Compose project.
 *
 * @param label how reports name it
 * @param path where it is; null for standard input
 * @param dir its directory relative to the project directory, where its relative paths point
 */
record FileRef(String label, Path path, String dir) {}
