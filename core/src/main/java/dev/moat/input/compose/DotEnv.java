package dev.moat.input.compose;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads a Compose {@code .env} file: {@code KEY=value} lines (also {@code export KEY=value} and
 * {@code KEY: value}), blank lines and {@code #} comments; single-quoted values are literal,
 * double-quoted ones may span lines and know {@code \n}, {@code \"} and {@code \\}; unquoted values
 * end at the line or at a {@code " #"} comment. Unquoted and double-quoted values may use
 * variables set earlier in the file or in the environment. A bare {@code KEY} takes the
 * environment's value, if any.
 */
final class DotEnv {

  /** A line the parser could not read. */
  static final class Failure extends Exception {
    private final int line;

    Failure(String message, int line) {
      super(message);
      this.line = line;
    }

    int line() {
      return line;
    }
  }

  private DotEnv() {}

  static Map<String, String> parse(String text, Map<String, String> environment) throws Failure {
    Map<String, String> out = new LinkedHashMap<>();
    int i = 0;
    int line = 1;
    int n = text.length();
    while (i < n) {
      // Skip blank space and comment lines to the start of the next statement.
      char c = text.charAt(i);
      if (c == '\n') {
        line++;
        i++;
        continue;
      }
      if (Character.isWhitespace(c) || c == '\uFEFF') {
        i++;
        continue;
      }
      if (c == '#') {
        i = endOfLine(text, i);
        continue;
      }
      int statementLine = line;
      int eol = endOfLine(text, i);
      String rest = text.substring(i, eol);
      if (rest.startsWith("export ") || rest.startsWith("export\t")) {
        rest = rest.substring(7).stripLeading();
        i = eol - rest.length();
      }
      int sep = -1;
      for (int k = 0; k < rest.length(); k++) {
        char ch = rest.charAt(k);
        if (ch == '=' || ch == ':') {
          sep = k;
          break;
        }
        if (!(Character.isLetterOrDigit(ch) || ch == '_' || ch == '.' || ch == '-' || ch == ' ' || ch == '\t')) {
          throw new Failure("unexpected character '" + ch + "' in variable name", statementLine);
        }
      }
      if (sep < 0) {
        String key = rest.strip();
        if (key.contains(" ")) {
          throw new Failure("a variable name cannot contain a space", statementLine);
        }
        if (environment.containsKey(key)) {
          out.put(key, environment.get(key));
        }
        i = eol;
        continue;
      }
      String key = rest.substring(0, sep).strip();
      if (key.isEmpty() || key.contains(" ") || key.contains("\t")) {
        throw new Failure(key.isEmpty() ? "a variable needs a name before '" + rest.charAt(sep) + "'"
            : "a variable name cannot contain a space", statementLine);
      }
      int valueStart = i + sep + 1;
      while (valueStart < n && (text.charAt(valueStart) == ' ' || text.charAt(valueStart) == '\t')) {
        valueStart++;
      }
      char q = valueStart < n ? text.charAt(valueStart) : '\n';
      String value;
      if (q == '\'' || q == '"') {
        int close = valueStart + 1;
        while (close < n && !(text.charAt(close) == q && text.charAt(close - 1) != '\\')) {
          close++;
        }
        if (close >= n) {
          throw new Failure("unterminated quoted value for " + key, statementLine);
        }
        String raw = text.substring(valueStart + 1, close);
        for (int k = valueStart; k < close; k++) {
          if (text.charAt(k) == '\n') {
            line++;
          }
        }
        value = q == '\'' ? raw : expand(unescape(raw), out, environment);
        i = endOfLine(text, close + 1);
      } else {
        int end = Math.min(eol, n);
        String raw = text.substring(valueStart, end);
        int comment = inlineComment(raw);
        if (comment >= 0) {
          raw = raw.substring(0, comment);
        }
        value = expand(raw.strip(), out, environment);
        i = end;
      }
      out.put(key, value);
    }
    return out;
  }

  private static int endOfLine(String text, int from) {
    int eol = text.indexOf('\n', from);
    return eol < 0 ? text.length() : eol;
  }

  /** A '#' that starts a comment: at the start of the value or after whitespace. */
  private static int inlineComment(String raw) {
    for (int k = 0; k < raw.length(); k++) {
      if (raw.charAt(k) == '#' && (k == 0 || Character.isWhitespace(raw.charAt(k - 1)))) {
        return k;
      }
    }
    return -1;
  }

  private static String unescape(String raw) {
    StringBuilder sb = new StringBuilder(raw.length());
    for (int k = 0; k < raw.length(); k++) {
      char c = raw.charAt(k);
      if (c == '\\' && k + 1 < raw.length()) {
        char e = raw.charAt(++k);
        switch (e) {
          case 'n' -> sb.append('\n');
          case 'r' -> sb.append('\r');
          case 't' -> sb.append('\t');
          case '"', '\\', '\'' -> sb.append(e);
          default -> sb.append('\\').append(e);
        }
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /** Variables in a value: the environment first, then what the file set before; a stray $ stays. */
  private static String expand(String value, Map<String, String> sofar, Map<String, String> environment) {
    if (Interpolator.isLiteral(value)) {
      return value;
    }
    Map<String, String> vars = new HashMap<>(sofar);
    vars.putAll(environment);
    try {
      return new Interpolator(vars).apply(value);
    } catch (Interpolator.Failure e) {
      return value;
    }
  }
}
