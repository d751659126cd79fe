package dev.moat.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The commands a POSIX shell script runs, found the way sh splits them: at ; &amp; &amp;&amp; || |
 * newlines, parentheses, backquotes and $( ), after keywords (if, then, do, !, ...), variable
 * assignments, redirections and wrappers (env, exec, xargs, nohup, ...); a {@code sh -c 'script'}
 * and a $( ) inside double quotes are searched too, and the bodies of heredocs in the script are
 * skipped. Enough to tell {@code sudo apt-get update} (runs sudo) from {@code apt-get install sudo}
 * (installs it) and {@code usermod -aG sudo app} (names a group).
 */
final class ShellCommands {

  /** A command the script runs: its name without the directory, and where its word starts. */
  record Command(String name, int offset) {}

  private static final Set<String> KEYWORDS =
      Set.of("!", "{", "}", "then", "do", "else", "elif", "if", "while", "until", "time");
  private static final Set<String> WRAPPERS =
      Set.of("exec", "command", "builtin", "nohup", "env", "nice", "stdbuf", "timeout", "xargs", "setsid");
  static final Set<String> SHELLS = Set.of("sh", "bash", "dash", "ash", "zsh", "ksh", "mksh");

  private final String s;
  private final int base;
  private final List<Command> out;
  private final List<Word> current = new ArrayList<>();
  private final List<String[]> pendingHeredocs = new ArrayList<>(); // {delimiter, "-" or ""}
  private int pos;
  private boolean redirectTarget;
  private String heredocOperator; // "<<" or "<<-" while its delimiter word is read

  private ShellCommands(String s, int base, List<Command> out) {
    this.s = s;
    this.base = base;
    this.out = out;
  }

  /** Every command the script runs, in order. */
  static List<Command> of(String script) {
    List<Command> out = new ArrayList<>();
    new ShellCommands(script, 0, out).scan();
    return out;
  }

  private record Word(String text, String raw, int offset) {}

  private void scan() {
    while (pos < s.length()) {
      char c = s.charAt(pos);
      if (c == ' ' || c == '\t' || c == '\r') {
        pos++;
      } else if (c == '\\' && pos + 1 < s.length() && s.charAt(pos + 1) == '\n') {
        pos += 2;
      } else if (c == '\n') {
        endCommand();
        pos++;
        skipHeredocBodies();
      } else if (c == ';' || c == '(' || c == ')' || c == '`') {
        endCommand();
        pos++;
      } else if (c == '$' && pos + 1 < s.length() && s.charAt(pos + 1) == '(') {
        endCommand();
        pos += 2;
      } else if (c == '&') {
        if (pos + 1 < s.length() && s.charAt(pos + 1) == '>') {
          pos += 2;
          if (pos < s.length() && s.charAt(pos) == '>') {
            pos++;
          }
          redirectTarget = true;
        } else {
          endCommand();
          pos += pos + 1 < s.length() && s.charAt(pos + 1) == '&' ? 2 : 1;
        }
      } else if (c == '|') {
        endCommand();
        pos += pos + 1 < s.length() && (s.charAt(pos + 1) == '|' || s.charAt(pos + 1) == '&') ? 2 : 1;
      } else if (c == '<' || c == '>') {
        redirection();
      } else if (c == '#') {
        while (pos < s.length() && s.charAt(pos) != '\n') {
          pos++;
        }
      } else {
        word();
      }
    }
    endCommand();
  }

  private void redirection() {
    int start = pos;
    while (pos < s.length() && "<>&|".indexOf(s.charAt(pos)) >= 0) {
      pos++;
    }
    String op = s.substring(start, pos);
    if (op.equals("<<") && pos < s.length() && s.charAt(pos) == '-') {
      pos++;
      op = "<<-";
    }
    heredocOperator = op.equals("<<") || op.equals("<<-") ? op : null;
    redirectTarget = true;
  }

  private void word() {
    int start = pos;
    StringBuilder text = new StringBuilder();
    while (pos < s.length()) {
      char c = s.charAt(pos);
      if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || ";&|()<>`".indexOf(c) >= 0) {
        break;
      }
      if (c == '$' && pos + 1 < s.length() && s.charAt(pos + 1) == '(') {
        break;
      }
      if (c == '\'') {
        int end = s.indexOf('\'', pos + 1);
        end = end < 0 ? s.length() : end;
        text.append(s, pos + 1, end);
        pos = Math.min(s.length(), end + 1);
      } else if (c == '"') {
        pos = doubleQuoted(pos + 1, text);
      } else if (c == '\\' && pos + 1 < s.length()) {
        if (s.charAt(pos + 1) != '\n') {
          text.append(s.charAt(pos + 1));
        }
        pos += 2;
      } else {
        text.append(c);
        pos++;
      }
    }
    String raw = s.substring(start, pos);
    boolean fd = !raw.isEmpty() && raw.chars().allMatch(Character::isDigit)
        && pos < s.length() && (s.charAt(pos) == '<' || s.charAt(pos) == '>');
    if (fd) {
      return; // 2>&1: the digits name a file descriptor
    }
    if (redirectTarget) {
      redirectTarget = false;
      if (heredocOperator != null) {
        pendingHeredocs.add(new String[] {text.toString(), heredocOperator.equals("<<-") ? "-" : ""});
        heredocOperator = null;
      }
      return;
    }
    current.add(new Word(text.toString(), raw, start));
  }

  /** Reads a double-quoted string from {@code i}; searches a $( ) or `...` inside it. */
  private int doubleQuoted(int i, StringBuilder text) {
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == '"') {
        return i + 1;
      }
      if (c == '\\' && i + 1 < s.length()) {
        text.append(s.charAt(i + 1));
        i += 2;
        continue;
      }
      if (c == '$' && i + 1 < s.length() && s.charAt(i + 1) == '(') {
        int end = closing(i + 2);
        new ShellCommands(s.substring(i + 2, end), base + i + 2, out).scan();
        text.append(s, i, Math.min(s.length(), end + 1));
        i = end + 1;
        continue;
      }
      if (c == '`') {
        int end = s.indexOf('`', i + 1);
        end = end < 0 ? s.length() : end;
        new ShellCommands(s.substring(i + 1, end), base + i + 1, out).scan();
        text.append(s, i, Math.min(s.length(), end + 1));
        i = end + 1;
        continue;
      }
      text.append(c);
      i++;
    }
    return i;
  }

  /** The index of the ) that closes a $( opened before {@code i}. */
  private int closing(int i) {
    int depth = 1;
    char quote = 0;
    for (; i < s.length(); i++) {
      char c = s.charAt(i);
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        }
      } else if (c == '\'' || c == '"') {
        quote = c;
      } else if (c == '(') {
        depth++;
      } else if (c == ')' && --depth == 0) {
        return i;
      }
    }
    return s.length();
  }

  /** After a newline: skip the bodies of heredocs opened on the line before. */
  private void skipHeredocBodies() {
    for (String[] h : pendingHeredocs) {
      while (pos < s.length()) {
        int end = s.indexOf('\n', pos);
        end = end < 0 ? s.length() : end;
        String line = s.substring(pos, end);
        pos = Math.min(s.length(), end + 1);
        String candidate = h[1].isEmpty() ? line : line.replaceFirst("^\t+", "");
        if (candidate.equals(h[0])) {
          break;
        }
      }
    }
    pendingHeredocs.clear();
  }

  private void endCommand() {
    redirectTarget = false;
    heredocOperator = null;
    int i = 0;
    boolean wrapped = false;
    while (i < current.size()) {
      Word w = current.get(i);
      String t = w.text();
      if (KEYWORDS.contains(w.raw()) || w.raw().matches("[A-Za-z_][A-Za-z0-9_]*=.*")) {
        i++;
      } else if (WRAPPERS.contains(basename(t))) {
        wrapped = true;
        i++;
      } else if (wrapped && (t.startsWith("-") || t.matches("[0-9.]+[smhd]?"))) {
        i++; // an option or a number of a wrapper: nice -n 10, timeout 30s, xargs -r
      } else {
        break;
      }
    }
    if (i < current.size()) {
      Word command = current.get(i);
      String name = basename(command.text());
      out.add(new Command(name, base + command.offset()));
      if (SHELLS.contains(name)) {
        shellScriptArgument(i + 1);
      }
    }
    current.clear();
  }

  /** sh -c 'script' / bash -ec "script": the script is searched too. */
  private void shellScriptArgument(int from) {
    for (int j = from; j + 1 < current.size(); j++) {
      String t = current.get(j).text();
      if (t.startsWith("-") && !t.startsWith("--") && t.indexOf('c') > 0) {
        Word script = current.get(j + 1);
        boolean quoted = script.raw().startsWith("'") || script.raw().startsWith("\"");
        new ShellCommands(script.text(), base + script.offset() + (quoted ? 1 : 0), out).scan();
        return;
      }
    }
  }

  static String basename(String word) {
    int slash = word.lastIndexOf('/');
    return slash >= 0 ? word.substring(slash + 1) : word;
  }
}
