package dev.moat.input.dockerrun;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * systemd's splitting of an Exec= or Environment= value into words: blanks separate them, "..." and
 * '...' quote, C escapes are decoded; ${NAME} (one word) and $NAME (split into words) come from the
 * unit's Environment= lines and are unknown otherwise; %% is a percent sign and other specifiers
 * are kept as written, since only a running unit knows them.
 */
final class ExecWords {

  private ExecWords() {}

  /** The words of a value from {@code start} on. */
  static List<Arg> split(UnitLine l, int start, Map<String, String> environment) {
    return split(l, start, environment, null);
  }

  /**
   * @param scripts receives, for each word, its text with the unit's line continuations kept as
   *     shell line continuations, so a sh -c script keeps the lines it is written on
   */
  static List<Arg> split(UnitLine l, int start, Map<String, String> environment, Map<Arg, String> scripts) {
    String s = l.text();
    List<Arg> out = new ArrayList<>();
    int i = start;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == ' ' || c == '\t' || c == '\n') {
        i++;
        continue;
      }
      int wordStart = i;
      StringBuilder text = new StringBuilder();
      Set<String> unknowns = new LinkedHashSet<>();
      boolean spread = false;
      StringBuilder script = new StringBuilder();
      while (i < s.length() && s.charAt(i) != ' ' && s.charAt(i) != '\t' && s.charAt(i) != '\n') {
        c = s.charAt(i);
        if (c == '"' || c == '\'') {
          int close = i + 1;
          StringBuilder quoted = new StringBuilder();
          while (close < s.length() && s.charAt(close) != c) {
            if (s.charAt(close) == '\\' && close + 1 < s.length()) {
              close = escape(s, close, quoted);
            } else {
              quoted.append(s.charAt(close));
              close++;
            }
          }
          if (close >= s.length()) {
            throw new InputSyntaxException("unterminated " + (c == '"' ? "double" : "single") + " quote",
                "nothing closes the " + c + " opened there", l.lines()[i], l.columns()[i]);
          }
          String value = substitute(quoted.toString(), environment, unknowns, true);
          text.append(value.replace('\n', ' '));
          script.append(value.replace("\n", " \\\n"));
          i = close + 1;
        } else if (c == '\\' && i + 1 < s.length()) {
          StringBuilder escaped = new StringBuilder();
          i = escape(s, i, escaped);
          text.append(escaped);
          script.append(escaped);
        } else {
          int end = i;
          while (end < s.length() && " \t\n\"'\\".indexOf(s.charAt(end)) < 0) {
            end++;
          }
          String plain = s.substring(i, end);
          if (plain.matches("\\$[A-Za-z_][A-Za-z0-9_]*") && !environment.containsKey(plain.substring(1))
              && text.length() == 0 && end == wordEndOf(s, i)) {
            spread = true; // $NAME unset: may be any number of words
          }
          String sub = substitute(plain, environment, unknowns, false);
          if (plain.matches("\\$[A-Za-z_][A-Za-z0-9_]*") && environment.containsKey(plain.substring(1))
              && text.length() == 0 && end == wordEndOf(s, i)) {
            for (String piece : sub.trim().split("[ \t]+")) {
              if (!piece.isEmpty()) {
                out.add(Arg.known(piece, l.lines()[wordStart], l.columns()[wordStart]));
              }
            }
            i = end;
            text = null;
            break;
          }
          text.append(sub);
          script.append(sub);
          i = end;
        }
      }
      if (text != null) {
        Arg arg = new Arg(text.toString(), l.lines()[wordStart], l.columns()[wordStart], List.copyOf(unknowns), spread);
        out.add(arg);
        if (scripts != null) {
          scripts.put(arg, script.toString());
        }
      }
    }
    return out;
  }

  private static int wordEndOf(String s, int from) {
    int end = from;
    while (end < s.length() && s.charAt(end) != ' ' && s.charAt(end) != '\t' && s.charAt(end) != '\n') {
      end++;
    }
    return end;
  }

  /** One C-style escape at {@code at} (a backslash); returns the index after it. */
  private static int escape(String s, int at, StringBuilder out) {
    char e = s.charAt(at + 1);
    switch (e) {
      case 'n' -> out.append('\n');
      case 't' -> out.append('\t');
      case 'r' -> out.append('\r');
      case 'a' -> out.append('\u0007');
      case 'b' -> out.append('\b');
      case 'f' -> out.append('\f');
      case 'v' -> out.append('\u000b');
      case 's' -> out.append(' ');
      default -> out.append(e);
    }
    return at + 2;
  }

  /** ${NAME} and $NAME from Environment=, %% as %; unknown ones kept and listed. */
  private static String substitute(String text, Map<String, String> environment, Set<String> unknowns, boolean quoted) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '%' && i + 1 < text.length()) {
        char spec = text.charAt(i + 1);
        if (spec == '%') {
          out.append('%');
        } else {
          out.append('%').append(spec);
          unknowns.add("%" + spec);
        }
        i += 2;
      } else if (c == '$' && i + 1 < text.length() && text.charAt(i + 1) == '{') {
        int close = text.indexOf('}', i);
        if (close < 0) {
          out.append(text.substring(i));
          break;
        }
        String name = text.substring(i + 2, close);
        appendVariable(out, name, text.substring(i, close + 1), environment, unknowns);
        i = close + 1;
      } else if (c == '$' && i + 1 < text.length()
          && (Character.isLetter(text.charAt(i + 1)) || text.charAt(i + 1) == '_')) {
        int end = i + 1;
        while (end < text.length() && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '_')) {
          end++;
        }
        appendVariable(out, text.substring(i + 1, end), text.substring(i, end), environment, unknowns);
        i = end;
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  private static void appendVariable(StringBuilder out, String name, String raw, Map<String, String> environment,
      Set<String> unknowns) {
    String value = environment.get(name);
    if (value == null) {
      out.append(raw);
      unknowns.add(raw);
    } else {
      out.append(value);
    }
  }
}
