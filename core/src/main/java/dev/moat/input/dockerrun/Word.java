package dev.moat.input.dockerrun;

import java.util.List;

/**
 * One shell word as written, before expansion: literal text (quotes removed) and the parameter
 * expansions and command substitutions in it, each remembering whether it was inside double quotes
 * (which decides word splitting). The position is where the word starts.
 *
 * @param raw the word exactly as written, quotes included
 */
record Word(List<Part> parts, String raw, int line, int column) {

  Word {
    parts = List.copyOf(parts);
  }

  /** One piece of a word. */
  sealed interface Part permits Literal, Param, Subst {}

  /** Text that stands for itself; {@code quoted} when any quoting protected it. */
  record Literal(String text, boolean quoted) implements Part {}

  /**
   * A parameter expansion: $NAME, ${NAME}, ${NAME:-x}, $1, $@ ...
   *
   * @param name the variable name, or the special parameter (@, *, #, 1 ...)
   * @param simple true for $NAME and ${NAME}, the only forms Moat resolves
   */
  record Param(String name, String raw, boolean quoted, boolean simple) implements Part {}

  /** A command substitution $(...) or `...`, or an arithmetic expansion $((...)). */
  record Subst(String raw, boolean quoted) implements Part {}

  /** True when the word has no expansions at all. */
  boolean isLiteral() {
    return parts.stream().allMatch(p -> p instanceof Literal);
  }

  /** True when no part of the word was quoted or escaped (so it can be a reserved word). */
  boolean isPlain() {
    return parts.stream().allMatch(p -> p instanceof Literal l && !l.quoted());
  }

  /** The text of a literal word, or the raw text of every expansion in place. */
  String text() {
    StringBuilder sb = new StringBuilder();
    for (Part p : parts) {
      if (p instanceof Literal l) {
        sb.append(l.text());
      } else if (p instanceof Param v) {
        sb.append(v.raw());
      } else if (p instanceof Subst s) {
        sb.append(s.raw());
      }
    }
    return sb.toString();
  }
}
