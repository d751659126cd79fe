package dev.moat.input;

import java.nio.file.Path;

/**
 * One input to read: a file (named by the user or found in a directory) or standard input.
 *
 * @param label how reports name it: the path as given or found, or "-" for standard input
 * @param path null for standard input
 * @param explicit true when the user named it; files found by walking a directory are read only
 *     when they look like configuration, and a file that is not is skipped rather than an error
 */
public record InputFile(String label, Path path, boolean explicit) {

  public static final String STDIN = "-";

  public boolean isStdin() {
    return path == null;
  }
}
