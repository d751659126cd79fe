package dev.moat.input;

import java.nio.file.Path;
import java.util.List;

/**
 * One unit of input to read: a file (named by the user or found in a directory), standard input,
 * a command line given on the command line, or a Compose project of several files merged in order.
 *
 * @param label how reports name it: the path as given or found, "-" for standard input
 * @param path null for standard input and inline text
 * @param explicit true when the user named it; files found by walking a directory are read only
 *     when they look like configuration, and one that is not is skipped rather than an error
 * @param format the format to read it as, or null to detect it from name and content
 * @param overrides Compose files merged over {@code path}, in order (docker compose -f a -f b)
 * @param inline the text itself (for --run), or null to read {@code path}
 */
public record InputFile(
    String label, Path path, boolean explicit, InputFormat format, List<Path> overrides, String inline) {

  public static final String STDIN = "-";

  public InputFile {
    overrides = List.copyOf(overrides);
  }

  public static InputFile stdin(InputFormat format) {
    return new InputFile(STDIN, null, true, format, List.of(), null);
  }

  public static InputFile file(String label, Path path, boolean explicit, InputFormat format) {
    return new InputFile(label, path, explicit, format, List.of(), null);
  }

  public static InputFile inline(String label, String text, InputFormat format) {
    return new InputFile(label, null, true, format, List.of(), text);
  }

  public boolean isStdin() {
    return path == null && inline == null;
  }
}
