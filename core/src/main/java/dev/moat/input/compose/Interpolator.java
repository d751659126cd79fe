package dev.moat.input.compose;

import java.util.Map;

/**
 * Compose variable interpolation, as docker compose does it before anything else reads a value:
 * {@code $VAR} and {@code ${VAR}}; {@code ${VAR:-default}} (unset or empty) and {@code ${VAR-default}}
 * (unset); {@code ${VAR:?message}} and {@code ${VAR?message}}, which fail when the variable is
 * missing; {@code ${VAR:+alt}} and {@code ${VAR+alt}}; {@code $$} for a literal dollar. Defaults
 * may themselves hold variables ({@code ${A:-${B}}}). An unset variable without a default becomes
 * the empty string, as in Compose. Any other {@code $} is an error, as in Compose.
 */
final class Interpolator {

  /** Why a value could not be interpolated; the message is what Compose would say. */
  static final class Failure extends Exception {
    Failure(String message) {
      super(message);
    }
  }

  private final Map<String, String> variables;
  private final java.nio.file.Path projectDirectory;
  private final java.util.List<String> unset = new java.util.ArrayList<>();

  /** @param variables the environment, already merged over the .env file */
  Interpolator(Map<String, String> variables) {
    this(variables, null);
  }

  /**
   * @param variables the environment, already merged over the .env file
   * @param projectDirectory the absolute project directory, or null when the project has no file
   *     (standard input); only {@link #inDirectory} uses it
   */
  Interpolator(Map<String, String> variables, java.nio.file.Path projectDirectory) {
    this.variables = Map.copyOf(variables);
    this.projectDirectory = projectDirectory;
  }

  Map<String, String> variables() {
    return variables;
  }

  /**
   * The interpolator for a file whose relative paths point at {@code dir} (relative to the project
   * directory): {@code PWD}, the project directory, is written relative to that directory
   * ({@code ..} in {@code common/}), so that a path built on it lands in the project directory
   * once it is resolved against the file's directory, as docker compose's absolute {@code $PWD}
   * does. Only a {@code PWD} that {@link ProjectVariables} set is rewritten.
   */
  Interpolator inDirectory(String dir) {
    if (dir.isEmpty() || projectDirectory == null
        || !ProjectVariables.PROJECT_DIRECTORY.equals(variables.get("PWD"))) {
      return this;
    }
    String back;
    try {
      back = projectDirectory.resolve(dir).normalize().relativize(projectDirectory).toString().replace('\\', '/');
    } catch (IllegalArgumentException e) {
      return this; // a directory the file system cannot name: PWD stays the project directory
    }
    Map<String, String> changed = new java.util.HashMap<>(variables);
    changed.put("PWD", back.isEmpty() ? ProjectVariables.PROJECT_DIRECTORY : back);
    return new Interpolator(changed, projectDirectory);
  }

  /** True when the text holds nothing to interpolate (the common case, spared a copy). */
  static boolean isLiteral(String text) {
    return text.indexOf('$') < 0;
  }

  /** The text interpolated; the variables it used that are not set are in {@link #unsetInLast()}. */
  String apply(String text) throws Failure {
    unset.clear();
    if (isLiteral(text)) {
      return text;
    }
    return substitute(text, text, 0);
  }

  /** The variables the last {@link #apply} call read as "" because they are not set. */
  java.util.List<String> unsetInLast() {
    return java.util.List.copyOf(unset);
  }

  private String lookup(String name) {
    String v = variables.get(name);
    if (v == null) {
      if (!unset.contains(name)) {
        unset.add(name);
      }
      return "";
    }
    return v;
  }

  /** Defaults nested deeper than this are refused: they would only serve to exhaust the stack. */
  static final int MAX_NESTING = 32;

  private String substitute(String s, String whole, int depth) throws Failure {
    if (depth > MAX_NESTING) {
      throw new Failure("variables nested more than " + MAX_NESTING + " deep in \"" + abbreviate(whole) + "\"");
    }
    StringBuilder out = new StringBuilder(s.length());
    int i = 0;
    int n = s.length();
    while (i < n) {
      char c = s.charAt(i);
      if (c != '$') {
        out.append(c);
        i++;
        continue;
      }
      if (i + 1 >= n) {
        throw invalid(whole);
      }
      char next = s.charAt(i + 1);
      if (next == '$') {
        out.append('$');
        i += 2;
      } else if (isNameStart(next)) {
        int j = i + 1;
        while (j < n && isNamePart(s.charAt(j))) {
          j++;
        }
        out.append(lookup(s.substring(i + 1, j)));
        i = j;
      } else if (next == '{') {
        int close = closingBrace(s, i);
        if (close < 0) {
          throw invalid(whole);
        }
        out.append(braced(s.substring(i + 2, close), whole, depth));
        i = close + 1;
      } else {
        throw invalid(whole);
      }
    }
    return out.toString();
  }

  /** The index of the '}' closing the "${" at {@code start}, counting nested "${"; -1 if none. */
  private static int closingBrace(String s, int start) {
    int depth = 0;
    for (int k = start; k < s.length(); k++) {
      if (s.startsWith("${", k)) {
        depth++;
        k++;
      } else if (s.charAt(k) == '}') {
        depth--;
        if (depth == 0) {
          return k;
        }
      }
    }
    return -1;
  }

  private String braced(String body, String whole, int depth) throws Failure {
    int j = 0;
    if (body.isEmpty() || !isNameStart(body.charAt(0))) {
      throw invalid(whole);
    }
    while (j < body.length() && isNamePart(body.charAt(j))) {
      j++;
    }
    String name = body.substring(0, j);
    String rest = body.substring(j);
    String value = variables.get(name);
    if (rest.isEmpty()) {
      return lookup(name);
    }
    boolean colon = rest.charAt(0) == ':';
    String op = colon ? rest.substring(1) : rest;
    if (op.isEmpty()) {
      throw invalid(whole);
    }
    char kind = op.charAt(0);
    String arg = op.substring(1);
    // With a colon, an empty value counts as missing; without it, only an unset one does.
    boolean missing = value == null || colon && value.isEmpty();
    switch (kind) {
      case '-' -> {
        return missing ? substitute(arg, whole, depth + 1) : value;
      }
      case '?' -> {
        if (missing) {
          String message = substitute(arg, whole, depth + 1);
          throw new Failure("required variable " + name + " is missing a value"
              + (message.isEmpty() ? "" : ": " + message));
        }
        return value;
      }
      case '+' -> {
        return missing ? "" : substitute(arg, whole, depth + 1);
      }
      default -> throw invalid(whole);
    }
  }

  private static Failure invalid(String whole) {
    return new Failure("invalid interpolation format \"" + abbreviate(whole)
        + "\": write a literal $ as $$");
  }

  private static String abbreviate(String s) {
    return s.length() <= 60 ? s : s.substring(0, 57) + "...";
  }

  private static boolean isNameStart(char c) {
    return c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
  }

  private static boolean isNamePart(char c) {
    return isNameStart(c) || c >= '0' && c <= '9';
  }
}
