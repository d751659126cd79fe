package dev.moat.input.dockerrun;

import dev.moat.input.dockerrun.Word.Literal;
import dev.moat.input.dockerrun.Word.Part;
import java.util.ArrayList;
import java.util.List;

/** Accumulates a word's parts while the lexer reads it, merging neighbouring literal text of the same quoting. */
final class WordParts {

  private final List<Part> parts = new ArrayList<>();
  private final StringBuilder literal = new StringBuilder();
  private boolean literalQuoted;

  void text(String t, boolean quoted) {
    if (literal.length() > 0 && literalQuoted != quoted) {
      flush();
    }
    literalQuoted = quoted;
    literal.append(t);
  }

  void text(char c, boolean quoted) {
    text(String.valueOf(c), quoted);
  }

  /** An empty quoted string ("" or '') still makes a word. */
  void emptyQuoted() {
    if (literal.length() == 0) {
      flush();
      parts.add(new Literal("", true));
    }
  }

  void add(Part p) {
    flush();
    parts.add(p);
  }

  /** The parts read so far, pending literal text included. */
  List<Part> finish() {
    flush();
    return parts;
  }

  private void flush() {
    if (literal.length() > 0) {
      parts.add(new Literal(literal.toString(), literalQuoted));
      literal.setLength(0);
    }
  }
}
