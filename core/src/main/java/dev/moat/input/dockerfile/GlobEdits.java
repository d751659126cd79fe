package dev.moat.input.dockerfile;

import java.util.regex.Pattern;

/**
 * The pattern edits of BuildKit's variable substitution: removing a prefix or suffix that a shell
 * glob (* ? [...]) matches, and replacing matches of one. Pure functions of the value, the glob and
 * the replacement; {@link Expander} reads the syntax around them.
 */
final class GlobEdits {

  private GlobEdits() {}

  /** ${NAME#glob} ({@code longest}: ##): the value without the shortest (longest) prefix the glob matches. */
  static String removePrefix(String v, String glob, boolean longest) {
    Pattern p = glob(glob);
    if (longest) {
      for (int i = v.length(); i >= 0; i--) {
        if (p.matcher(v.substring(0, i)).matches()) {
          return v.substring(i);
        }
      }
    } else {
      for (int i = 0; i <= v.length(); i++) {
        if (p.matcher(v.substring(0, i)).matches()) {
          return v.substring(i);
        }
      }
    }
    return v;
  }

  /** ${NAME%glob} ({@code longest}: %%): the value without the shortest (longest) suffix the glob matches. */
  static String removeSuffix(String v, String glob, boolean longest) {
    Pattern p = glob(glob);
    if (longest) {
      for (int i = 0; i <= v.length(); i++) {
        if (p.matcher(v.substring(i)).matches()) {
          return v.substring(0, i);
        }
      }
    } else {
      for (int i = v.length(); i >= 0; i--) {
        if (p.matcher(v.substring(i)).matches()) {
          return v.substring(0, i);
        }
      }
    }
    return v;
  }

  /**
   * ${NAME/glob/word} ({@code all}: //): replaces the longest match of the glob at the first (or
   * every) place it matches.
   */
  static String replace(String v, String glob, String replacement, boolean all) {
    if (glob.isEmpty()) {
      return v;
    }
    Pattern p = glob(glob);
    StringBuilder out = new StringBuilder();
    int i = 0;
    boolean replaced = false;
    while (i < v.length()) {
      int end = -1;
      if (all || !replaced) {
        for (int j = v.length(); j > i; j--) {
          if (p.matcher(v.substring(i, j)).matches()) {
            end = j;
            break;
          }
        }
      }
      if (end > 0) {
        out.append(replacement);
        i = end;
        replaced = true;
      } else {
        out.append(v.charAt(i++));
      }
    }
    return out.toString();
  }

  /** A shell glob (* ? [...]) as a regular expression over the whole string. */
  static Pattern glob(String glob) {
    StringBuilder re = new StringBuilder();
    for (int i = 0; i < glob.length(); i++) {
      char c = glob.charAt(i);
      switch (c) {
        case '*' -> re.append(".*");
        case '?' -> re.append('.');
        case '[' -> {
          int close = glob.indexOf(']', i + 2);
          if (close < 0) {
            re.append("\\[");
          } else {
            String body = glob.substring(i + 1, close);
            if (body.startsWith("!")) {
              body = "^" + body.substring(1);
            }
            re.append('[').append(body.replace("\\", "\\\\").replace("[", "\\[")).append(']');
            i = close;
          }
        }
        case '\\' -> {
          if (i + 1 < glob.length()) {
            re.append(Pattern.quote(String.valueOf(glob.charAt(++i))));
          } else {
            re.append("\\\\");
          }
        }
        default -> re.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return Pattern.compile(re.toString(), Pattern.DOTALL);
  }
}
