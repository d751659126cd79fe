package dev.moat.model;

import java.util.Objects;

/**
 * Where a fact came from: the file as the user named it, a 1-based line (0 when unknown) and a
 * JSON pointer into the document (RFC 6901), so every finding can point at the offending line.
 *
 * <p>A scan creates a Source for every field it reads, set or not, but only the few behind a
 * finding are ever printed; so the pointer may be kept as a parent pointer and a last token and
 * joined only when asked for. That keeps hundreds of thousands of strings out of the heap.
 */
public final class Source {

  /** A source for facts that come from no file at all (defaults, the engine, a live API). */
  public static final Source NONE = new Source("", 0, "");

  private final String file;
  private final int line;
  private final String parentPointer;
  private final String token; // null when parentPointer is the whole pointer

  public Source(String file, int line, String pointer) {
    this(file, line, Objects.requireNonNull(pointer, "pointer"), null);
  }

  private Source(String file, int line, String parentPointer, String token) {
    this.file = Objects.requireNonNull(file, "file");
    if (line < 0) {
      throw new IllegalArgumentException("line must be >= 0: " + line);
    }
    this.line = line;
    this.parentPointer = parentPointer;
    this.token = token;
  }

  /** The field {@code token} of the object at {@code parentPointer}, joined lazily. */
  public static Source of(String file, int line, String parentPointer, String token) {
    return new Source(file, line, Objects.requireNonNull(parentPointer, "parentPointer"),
        Objects.requireNonNull(token, "token"));
  }

  public String file() {
    return file;
  }

  public int line() {
    return line;
  }

  /** The JSON pointer, e.g. /spec/containers/0/securityContext/privileged. */
  public String pointer() {
    return token == null ? parentPointer : parentPointer + "/" + escape(token);
  }

  /** The same place with a longer pointer, for a child that has no line of its own. */
  public Source child(String childToken) {
    return of(file, line, pointer(), childToken);
  }

  /** The same file and pointer at another line. */
  public Source atLine(int newLine) {
    return new Source(file, newLine, parentPointer, token);
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
  public boolean equals(Object o) {
    return o instanceof Source s && line == s.line && file.equals(s.file) && pointer().equals(s.pointer());
  }

  @Override
  public int hashCode() {
    return Objects.hash(file, line, pointer());
  }

  @Override
  public String toString() {
    return line > 0 ? file + ":" + line : file;
  }
}
