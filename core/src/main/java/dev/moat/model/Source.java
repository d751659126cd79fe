package dev.moat.model;

import java.util.Objects;

/**
 * Where a fact came from: the file as the user named it, a 1-based line (0 when unknown) and a
 * JSON pointer into the document (RFC 6901), so every finding can point at the offending line.
 */
public record Source(String file, int line, String pointer) {

  /** A source for facts that come from no file at all (defaults, the engine, a live API). */
  public static final Source NONE = new Source("", 0, "");

  public Source {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(pointer, "pointer");
    if (line < 0) {
      throw new IllegalArgumentException("line must be >= 0: " + line);
    }
  }

  /** The same place with a longer pointer, for a child that has no line of its own. */
  public Source child(String token) {
    return new Source(file, line, pointer + "/" + escape(token));
  }

  /** The same file and pointer at another line. */
  public Source atLine(int newLine) {
    return new Source(file, newLine, pointer);
  }

  public boolean hasLine() {
    return line > 0;
  }

  /** Escapes one JSON pointer token: '~' and '/' are the only characters RFC 6901 reserves. */
  public static String escape(String token) {
    if (token.indexOf('~') < 0 && token.indexOf('/') < 0) {
      return token;
    }
    return token.replace("~", "~0").replace("/", "~1");
  }

  @Override
  public String toString() {
    return line > 0 ? file + ":" + line : file;
  }
}
