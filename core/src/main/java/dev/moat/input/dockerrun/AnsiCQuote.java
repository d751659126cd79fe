package dev.moat.input.dockerrun;

/**
 * bash's $'...' string: backslash escapes are decoded (\n, \t, \xHH, \NNN octal, ...), everything
 * else is literal.
 */
final class AnsiCQuote {

  /**
   * @param text the decoded content
   * @param end the index just after the closing quote
   */
  record Decoded(String text, int end) {}

  private AnsiCQuote() {}

  /** The string whose content starts at {@code from} (after $'), or null when no quote closes it. */
  static Decoded decode(String s, int from) {
    int i = from;
    StringBuilder text = new StringBuilder();
    while (true) {
      if (i >= s.length()) {
        return null;
      }
      char c = s.charAt(i);
      if (c == '\'') {
        return new Decoded(text.toString(), i + 1);
      }
      if (c == '\\' && i + 1 < s.length()) {
        char e = s.charAt(i + 1);
        i += 2;
        switch (e) {
          case 'n' -> text.append('\n');
          case 't' -> text.append('\t');
          case 'r' -> text.append('\r');
          case 'a' -> text.append('\u0007');
          case 'b' -> text.append('\b');
          case 'e', 'E' -> text.append('\u001b');
          case 'f' -> text.append('\f');
          case 'v' -> text.append('\u000b');
          case 'x' -> {
            int n = 0;
            int v = 0;
            while (n < 2 && i < s.length() && Character.digit(s.charAt(i), 16) >= 0) {
              v = v * 16 + Character.digit(s.charAt(i), 16);
              i++;
              n++;
            }
            text.append((char) v);
          }
          default -> {
            if (e >= '0' && e <= '7') {
              int v = e - '0';
              int n = 1;
              while (n < 3 && i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '7') {
                v = v * 8 + (s.charAt(i) - '0');
                i++;
                n++;
              }
              text.append((char) v);
            } else {
              text.append(e); // \\ \' \" \? and anything else stand for themselves
            }
          }
        }
        continue;
      }
      text.append(c);
      i++;
    }
  }
}
