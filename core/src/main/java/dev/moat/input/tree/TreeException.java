package dev.moat.input.tree;

/** A document could not be turned into a tree: syntax error, limit exceeded. Carries a line. */
public final class TreeException extends Exception {

  private final int line;

  public TreeException(String message, int line) {
    super(message);
    this.line = line;
  }

  /** 1-based line, or 0 when the parser could not say. */
  public int line() {
    return line;
  }
}
