package dev.moat.input.dockerfile;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Substitutes variables in one Dockerfile word the way BuildKit's shell lexer does for FROM, USER,
 * ENV, ARG and the other instructions it expands: {@code $NAME}, {@code ${NAME}},
 * {@code ${NAME:-word}}, {@code ${NAME-word}}, {@code ${NAME:+word}}, {@code ${NAME+word}},
 * {@code ${NAME:?message}}, {@code ${NAME#glob}}, {@code ##}, {@code %}, {@code %%},
 * {@code ${NAME/glob/word}} and {@code //}. Single quotes keep text literal, double quotes keep
 * blanks, the escape character escapes one character; quotes are removed. A reference to an unknown
 * variable makes the result unknown and names the variable. Removing and replacing what a glob
 * matches (#, %, /) is {@link GlobEdits}' job.
 */
final class Expander {

  private final char escape;
  private String s;
  private int pos;
  private Scope scope;
  private Set<String> unknown;

  Expander(char escape) {
    this.escape = escape;
  }

  /**
   * @throws IllegalArgumentException with a message for a malformed substitution
   */
  Expanded expand(String word, Scope vars) {
    this.s = word;
    this.pos = 0;
    this.scope = vars;
    this.unknown = new LinkedHashSet<>();
    String value = until((char) 0);
    return new Expanded(value, Set.copyOf(unknown));
  }

  /** @param value meaningful only when {@code unknown} is empty */
  record Expanded(String value, Set<String> unknown) {
    boolean known() {
      return unknown.isEmpty();
    }
  }

  /** Reads up to {@code stop} (consumed) or the end when stop is 0. */
  private String until(char stop) {
    StringBuilder out = new StringBuilder();
    while (pos < s.length()) {
      char c = s.charAt(pos);
      if (stop != 0 && c == stop) {
        pos++;
        return out.toString();
      }
      if (c == '\'') {
        out.append(singleQuoted());
      } else if (c == '"') {
        out.append(doubleQuoted());
      } else if (c == '$') {
        out.append(dollar());
      } else {
        pos++;
        if (c == escape) {
          if (pos >= s.length()) {
            break;
          }
          out.append(s.charAt(pos++));
        } else {
          out.append(c);
        }
      }
    }
    if (stop != 0) {
      throw new IllegalArgumentException("unexpected end of '" + s + "' while looking for a matching " + stop);
    }
    return out.toString();
  }

  private String singleQuoted() {
    int end = s.indexOf('\'', pos + 1);
    if (end < 0) {
      throw new IllegalArgumentException("unterminated single quote in '" + s + "'");
    }
    String text = s.substring(pos + 1, end);
    pos = end + 1;
    return text;
  }

  private String doubleQuoted() {
    StringBuilder out = new StringBuilder();
    pos++;
    while (pos < s.length()) {
      char c = s.charAt(pos);
      if (c == '"') {
        pos++;
        return out.toString();
      }
      if (c == '$') {
        out.append(dollar());
        continue;
      }
      pos++;
      if (c == escape && pos < s.length()) {
        char n = s.charAt(pos);
        if (n == '"' || n == '$' || n == escape) {
          out.append(n);
          pos++;
          continue;
        }
      }
      out.append(c);
    }
    throw new IllegalArgumentException("unterminated double quote in '" + s + "'");
  }

  private String dollar() {
    pos++; // $
    if (pos >= s.length() || s.charAt(pos) != '{') {
      String name = name();
      return name.isEmpty() ? "$" : value(name);
    }
    pos++; // {
    if (pos >= s.length()) {
      throw new IllegalArgumentException("missing '}' in '" + s + "'");
    }
    char first = s.charAt(pos);
    if (first == '{' || first == '}' || first == ':') {
      throw new IllegalArgumentException("bad substitution in '" + s + "'");
    }
    String name = name();
    if (pos >= s.length()) {
      throw new IllegalArgumentException("missing '}' in '" + s + "'");
    }
    char c = s.charAt(pos++);
    switch (c) {
      case '}' -> {
        return value(name);
      }
      case ':' -> {
        if (pos >= s.length()) {
          throw new IllegalArgumentException("missing '}' in '" + s + "'");
        }
        char modifier = s.charAt(pos++);
        if (modifier != '-' && modifier != '+' && modifier != '?') {
          throw new IllegalArgumentException("unsupported modifier (" + modifier + ") in substitution '" + s + "'");
        }
        return conditional(name, modifier, true);
      }
      case '-', '+', '?' -> {
        return conditional(name, c, false);
      }
      case '#', '%' -> {
        boolean longest = pos < s.length() && s.charAt(pos) == c;
        if (longest) {
          pos++;
        }
        String pattern = until('}');
        String v = value(name);
        return c == '#' ? GlobEdits.removePrefix(v, pattern, longest) : GlobEdits.removeSuffix(v, pattern, longest);
      }
      case '/' -> {
        boolean all = pos < s.length() && s.charAt(pos) == '/';
        if (all) {
          pos++;
        }
        String[] parts = patternAndReplacement();
        return GlobEdits.replace(value(name), parts[0], parts[1], all);
      }
      default -> throw new IllegalArgumentException("bad substitution in '" + s + "'");
    }
  }

  /** ${NAME:-word} and friends; with {@code colon} an empty value counts as unset. */
  private String conditional(String name, char modifier, boolean colon) {
    Scope.Var v = scope.lookup(name);
    Set<String> before = new LinkedHashSet<>(unknown);
    String word = until('}');
    if (v.value() == null) {
      unknown.add(name); // either branch may be taken: the result cannot be known
      return "";
    }
    boolean set = v.defined() && !(colon && v.value().isEmpty());
    switch (modifier) {
      case '-' -> {
        if (set) {
          restore(before);
          return v.value();
        }
        return word;
      }
      case '+' -> {
        if (set) {
          return word;
        }
        restore(before);
        return "";
      }
      default -> {
        if (set) {
          restore(before);
          return v.value();
        }
        throw new IllegalArgumentException(name + " is not set" + (word.isEmpty() ? "" : ": " + word));
      }
    }
  }

  private void restore(Set<String> before) {
    unknown.clear();
    unknown.addAll(before);
  }

  private String[] patternAndReplacement() {
    StringBuilder pattern = new StringBuilder();
    while (pos < s.length()) {
      char c = s.charAt(pos);
      if (c == '/') {
        pos++;
        return new String[] {pattern.toString(), until('}')};
      }
      if (c == '}') {
        pos++;
        return new String[] {pattern.toString(), ""};
      }
      if (c == '$') {
        pattern.append(dollar());
      } else {
        pattern.append(c);
        pos++;
      }
    }
    throw new IllegalArgumentException("missing '}' in '" + s + "'");
  }

  private String value(String name) {
    Scope.Var v = scope.lookup(name);
    if (v.value() == null) {
      unknown.add(name);
      return "";
    }
    return v.value();
  }

  /** A name: letters, digits and _; a run of digits; or one special parameter. */
  private String name() {
    int start = pos;
    if (pos < s.length() && Character.isDigit(s.charAt(pos))) {
      while (pos < s.length() && Character.isDigit(s.charAt(pos))) {
        pos++;
      }
      return s.substring(start, pos);
    }
    if (pos < s.length() && "@*#?-$!".indexOf(s.charAt(pos)) >= 0 && start == pos) {
      char c = s.charAt(pos);
      // ${#...} and ${-...} are not special parameters here: '#' and '-' after '{' are modifiers
      // only after a name, so a bare special parameter is taken as one character.
      pos++;
      return String.valueOf(c);
    }
    while (pos < s.length() && (Character.isLetterOrDigit(s.charAt(pos)) || s.charAt(pos) == '_')) {
      pos++;
    }
    return s.substring(start, pos);
  }
}
