package dev.moat.input.compose;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Relative paths of a Compose project. A relative bind source ({@code ./data}) is a host path all
 * the same, but where it lands depends on where the project is deployed; Moat therefore keeps it
 * relative to the project directory ({@code ./data}, {@code ./sub/data}, {@code ../shared}) rather
 * than making it absolute with the directory it happens to be scanned from: recognisable as the
 * project's own files, and never mistaken for a system directory such as {@code /home}.
 */
final class Paths {

  private Paths() {}

  /**
   * A bind source as Compose resolves it, relative to the project directory: absolute, home
   * ({@code ~}) and Windows paths stay as written; a relative one is joined with {@code dir}, the
   * directory of the file that wrote it relative to the project directory.
   */
  static String hostPath(String source, String dir) {
    if (source.startsWith("/") || source.startsWith("~") || source.startsWith("\\")
        || source.length() >= 2 && Character.isLetter(source.charAt(0)) && source.charAt(1) == ':') {
      return source;
    }
    return relative(dir, source, true);
  }

  /**
   * {@code dir/path} with "." and ".." resolved, "" or "." for the project directory itself.
   *
   * @param dotPrefix true to write a path inside the project as "./x" (as Compose files do)
   */
  static String relative(String dir, String path, boolean dotPrefix) {
    Deque<String> parts = new ArrayDeque<>();
    for (String part : (dir.isEmpty() ? path : dir + "/" + path).replace('\\', '/').split("/+")) {
      if (part.isEmpty() || ".".equals(part)) {
        continue;
      }
      if ("..".equals(part) && !parts.isEmpty() && !"..".equals(parts.peekLast())) {
        parts.removeLast();
      } else {
        parts.addLast(part);
      }
    }
    String joined = String.join("/", parts);
    if (joined.isEmpty()) {
      return dotPrefix ? "." : "";
    }
    return dotPrefix && !"..".equals(parts.peekFirst()) ? "./" + joined : joined;
  }

  /** A file label with "." and ".." resolved where they can be ("a/./b/../c" becomes "a/c"). */
  static String clean(String label) {
    boolean absolute = label.startsWith("/");
    String rel = relative("", label, false);
    return absolute ? "/" + rel : rel;
  }
}
