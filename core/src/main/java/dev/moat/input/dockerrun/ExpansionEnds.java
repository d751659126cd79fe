package dev.moat.input.dockerrun;

/**
 * Finds where a ${...}, $(...), "..." or `...` that starts in shell text ends, looking through the
 * quotes and expansions nested in it, without reading it. The lexer keeps such an expansion inside
 * its word as written; only its end matters. Every method returns -1 when nothing closes it.
 */
final class ExpansionEnds {

  private ExpansionEnds() {}

  /** The index of the } closing a ${ whose content starts at {@code from}; only a nested ${ opens another. */
  static int brace(String s, int from) {
    return closing(s, from, false);
  }

  /** The index of the ) closing a $( whose content starts at {@code from}; a `...` inside is skipped whole. */
  static int paren(String s, int from) {
    return closing(s, from, true);
  }

  private static int closing(String s, int from, boolean paren) {
    int depth = 1;
    int j = from;
    while (j < s.length()) {
      int past = pastQuoting(s, j, paren);
      if (past < 0) {
        return -1;
      }
      if (past != j) {
        j = past;
        continue;
      }
      char c = s.charAt(j);
      boolean opens = paren ? c == '(' : c == '$' && j + 1 < s.length() && s.charAt(j + 1) == '{';
      if (opens) {
        depth++;
        j += paren ? 1 : 2;
        continue;
      }
      if (c == (paren ? ')' : '}')) {
        depth--;
        if (depth == 0) {
          return j;
        }
      }
      j++;
    }
    return -1;
  }

  /**
   * Past a backslash escape, a '...', a "..." or (with {@code backquotes}) a `...` at {@code j}: the
   * index after it; {@code j} itself when none starts there; -1 when it is never closed.
   */
  private static int pastQuoting(String s, int j, boolean backquotes) {
    char c = s.charAt(j);
    if (c == '\\') {
      return j + 2;
    }
    int close;
    if (c == '\'') {
      close = s.indexOf('\'', j + 1);
    } else if (c == '"') {
      close = doubleQuote(s, j + 1);
    } else if (c == '`' && backquotes) {
      close = backquote(s, j + 1);
    } else {
      return j;
    }
    return close < 0 ? -1 : close + 1;
  }

  /** The index of the " closing a double-quoted string whose content starts at {@code from}. */
  static int doubleQuote(String s, int from) {
    int j = from;
    while (j < s.length()) {
      char c = s.charAt(j);
      if (c == '\\') {
        j += 2;
      } else if (c == '"') {
        return j;
      } else if (c == '$' && j + 1 < s.length() && s.charAt(j + 1) == '(') {
        int close = paren(s, j + 2);
        if (close < 0) {
          return -1;
        }
        j = close + 1;
      } else if (c == '$' && j + 1 < s.length() && s.charAt(j + 1) == '{') {
        int close = brace(s, j + 2);
        if (close < 0) {
          return -1;
        }
        j = close + 1;
      } else if (c == '`') {
        int close = backquote(s, j + 1);
        if (close < 0) {
          return -1;
        }
        j = close + 1;
      } else {
        j++;
      }
    }
    return -1;
  }

  /** The index of the ` closing a backquoted command whose content starts at {@code from}. */
  static int backquote(String s, int from) {
    int j = from;
    while (j < s.length()) {
      char c = s.charAt(j);
      if (c == '\\') {
        j += 2;
      } else if (c == '`') {
        return j;
      } else {
        j++;
      }
    }
    return -1;
  }
}
