package dev.moat.input.dockerrun;

/**
 * Input that cannot be read as written: an unterminated quote, an unknown flag, a flag without
 * its value. Carries the 1-based line and column where the problem is, so the error can point
 * there (the column matters for a --run string, which is one line).
 */
final class InputSyntaxException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int line;
  private final int column;
  private final String detail;

  InputSyntaxException(String message, int line, int column) {
    this(message, null, line, column);
  }

  /** @param detail what follows the position: what was expected, or a suggestion; may be null */
  InputSyntaxException(String message, String detail, int line, int column) {
    super(message, null, false, false);
    this.line = line;
    this.column = column;
    this.detail = detail;
  }

  String detail() {
    return detail;
  }

  /** "message at column N: detail", the form errors are reported in. */
  String describe() {
    return getMessage() + (column > 0 ? " at column " + column : "") + (detail == null ? "" : ": " + detail);
  }

  int line() {
    return line;
  }

  int column() {
    return column;
  }
}
