package dev.moat.input.dockerfile;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Word splitting as the Dockerfile parser does it, before any variable is substituted. */
final class Words {

  private static final JsonFactory JSON = new JsonFactory();

  private Words() {}

  /**
   * Splits at blanks outside quotes; quotes and escapes stay in the words as written, so each word
   * can be substituted on its own later.
   */
  static List<String> splitRaw(String s, char escape) {
    return split(s, escape, false);
  }

  /**
   * Splits a line the way BuildKit looks for heredocs in it: as {@link #splitRaw}, but a {@code <<}
   * outside quotes takes the blanks after it into the word, so {@code <<  EOF} is one word.
   */
  static List<String> heredocWords(String s) {
    return split(s, '\\', true);
  }

  private static List<String> split(String s, char escape, boolean heredocs) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    char quote = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (quote == 0 && Character.isWhitespace(c)) {
        if (!word.isEmpty()) {
          words.add(word.toString());
          word.setLength(0);
        }
        continue;
      }
      if (c == escape && quote != '\'' && i + 1 < s.length()) {
        word.append(c).append(s.charAt(++i));
        continue;
      }
      if (heredocs && quote == 0 && c == '<' && i + 1 < s.length() && s.charAt(i + 1) == '<') {
        word.append("<<");
        i += 2;
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
          word.append(s.charAt(i++));
        }
        i--;
        continue;
      }
      if (quote == 0 && (c == '"' || c == '\'')) {
        quote = c;
      } else if (c == quote) {
        quote = 0;
      }
      word.append(c);
    }
    if (!word.isEmpty()) {
      words.add(word.toString());
    }
    return words;
  }

  /** One shell word with its quotes removed and backslash escapes applied; null unless exactly one word. */
  static String unquote(String s) {
    return unquote(s, false);
  }

  /**
   * True when a heredoc delimiter word is unquoted, so the body is expanded: BuildKit counts the
   * quote characters with and without quote processing, so an escaped quote ({@code eo\'f}) does
   * not count as quoting.
   */
  static boolean expandsHeredoc(String delimiterWord) {
    String processed = unquote(delimiterWord, false);
    String raw = unquote(delimiterWord, true);
    return processed != null && raw != null && quotes(processed) == quotes(raw);
  }

  private static long quotes(String s) {
    return s.chars().filter(c -> c == '\'' || c == '"').count();
  }

  /** @param keepQuotes keep the quote characters (only escapes are applied) */
  private static String unquote(String s, boolean keepQuotes) {
    StringBuilder out = new StringBuilder();
    char quote = 0;
    boolean started = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (quote == '\'') {
        if (c == '\'') {
          quote = 0;
          if (keepQuotes) {
            out.append(c);
          }
        } else {
          out.append(c);
        }
      } else if (quote == '"') {
        if (c == '"') {
          quote = 0;
          if (keepQuotes) {
            out.append(c);
          }
        } else if (c == '\\' && i + 1 < s.length() && "\"$\\`".indexOf(s.charAt(i + 1)) >= 0) {
          out.append(s.charAt(++i));
        } else {
          out.append(c);
        }
      } else if (Character.isWhitespace(c)) {
        if (started) {
          return null;
        }
      } else if (c == '\'' || c == '"') {
        quote = c;
        started = true;
        if (keepQuotes) {
          out.append(c);
        }
      } else if (c == '\\' && i + 1 < s.length()) {
        out.append(s.charAt(++i));
        started = true;
      } else {
        out.append(c);
        started = true;
      }
    }
    return quote == 0 ? out.toString() : null;
  }

  /**
   * The exec form: a JSON array of strings and nothing else. Anything else, even an array with a
   * number or a missing bracket, is the shell form, as in BuildKit.
   */
  static List<String> execForm(String arguments) {
    String a = arguments.strip();
    if (!a.startsWith("[")) {
      return null;
    }
    try (JsonParser p = JSON.createParser(a)) {
      if (p.nextToken() != JsonToken.START_ARRAY) {
        return null;
      }
      List<String> out = new ArrayList<>();
      for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
        if (t != JsonToken.VALUE_STRING) {
          return null;
        }
        out.add(p.getText());
      }
      return p.nextToken() == null ? out : null;
    } catch (IOException e) {
      return null;
    }
  }
}
