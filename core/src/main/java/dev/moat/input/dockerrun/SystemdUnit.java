package dev.moat.input.dockerrun;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds container run/create commands in a systemd unit file: the Exec lines of its [Service]
 * section (ExecStart=, ExecStartPre=, ... with the prefixes -, @, +, !, !!, :, |), read with
 * systemd's own rules. Lines ending in a backslash continue on the next one; lines starting with
 * # or ; are comments; words are split at blanks with "..." and '...' quoting and C escapes;
 * $NAME (split into words) and ${NAME} (one word) come from the unit's Environment= lines and are
 * unknown otherwise (EnvironmentFile= is not read); %% is a percent sign and other specifiers
 * (%i, %n, ...) are kept as written, since only a running unit knows them. A lone ; separates
 * commands. The text of sh -c is read as a shell script.
 */
final class SystemdUnit {

  private static final Set<String> EXEC_KEYS = Set.of("ExecStart", "ExecStartPre", "ExecStartPost",
      "ExecCondition", "ExecReload", "ExecStop", "ExecStopPost");

  /** A logical line: its text after joining continuations, and the file line of each character. */
  private record Logical(String text, int[] lines, int[] columns) {}

  private SystemdUnit() {}

  /** True when the text looks like a unit file rather than a shell script. */
  static boolean looksLikeUnit(String text) {
    for (String raw : text.split("\n", 200)) {
      String t = raw.trim();
      if (t.isEmpty() || t.startsWith("#") || t.startsWith(";")) {
        continue;
      }
      return t.matches("\\[[A-Za-z][A-Za-z0-9 -]*\\]");
    }
    return false;
  }

  static ShellScanner.Result scan(String text) {
    List<Logical> lines = logicalLines(text);
    Map<String, String> environment = new HashMap<>();
    String section = "";
    List<Logical> exec = new ArrayList<>();
    for (Logical l : lines) {
      String t = l.text().trim();
      if (t.startsWith("[") && t.endsWith("]")) {
        section = t;
        continue;
      }
      int eq = t.indexOf('=');
      if (!section.equals("[Service]") || eq < 0) {
        continue;
      }
      String key = t.substring(0, eq).trim();
      if (key.equals("Environment")) {
        readEnvironment(l, environment);
      } else if (EXEC_KEYS.contains(key)) {
        exec.add(l);
      }
    }
    List<CommandLine> commands = new ArrayList<>();
    List<InputSyntaxException> errors = new ArrayList<>();
    for (Logical l : exec) {
      try {
        readExec(l, environment, commands, errors);
      } catch (InputSyntaxException e) {
        errors.add(e);
      }
    }
    return new ShellScanner.Result(commands, errors);
  }

  private static List<Logical> logicalLines(String text) {
    List<Logical> out = new ArrayList<>();
    StringBuilder sb = new StringBuilder();
    List<Integer> lineOf = new ArrayList<>();
    List<Integer> columnOf = new ArrayList<>();
    String[] physical = text.split("\n", -1);
    boolean continuing = false;
    for (int n = 0; n < physical.length; n++) {
      String p = physical[n].endsWith("\r") ? physical[n].substring(0, physical[n].length() - 1) : physical[n];
      String trimmed = p.trim();
      if (continuing && (trimmed.startsWith("#") || trimmed.startsWith(";"))) {
        continue; // a comment inside a continued line is skipped
      }
      if (!continuing && (trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.startsWith(";"))) {
        continue;
      }
      boolean continues = p.endsWith("\\");
      String body = continues ? p.substring(0, p.length() - 1) : p;
      for (int c = 0; c < body.length(); c++) {
        sb.append(body.charAt(c));
        lineOf.add(n + 1);
        columnOf.add(c + 1);
      }
      if (continues) {
        sb.append('\n'); // a blank for systemd; kept as a line break so sh -c scripts keep their lines
        lineOf.add(n + 1);
        columnOf.add(body.length() + 1);
        continuing = true;
        continue;
      }
      out.add(new Logical(sb.toString(), lineOf.stream().mapToInt(Integer::intValue).toArray(),
          columnOf.stream().mapToInt(Integer::intValue).toArray()));
      sb.setLength(0);
      lineOf.clear();
      columnOf.clear();
      continuing = false;
    }
    if (sb.length() > 0) {
      out.add(new Logical(sb.toString(), lineOf.stream().mapToInt(Integer::intValue).toArray(),
          columnOf.stream().mapToInt(Integer::intValue).toArray()));
    }
    return out;
  }

  /** Environment="A=1" B=2: assignments, quoted or not. */
  private static void readEnvironment(Logical l, Map<String, String> environment) {
    int start = l.text().indexOf('=') + 1;
    for (Arg w : words(l, start, Map.of())) {
      int e = w.text().indexOf('=');
      if (e > 0 && w.isKnown()) {
        environment.put(w.text().substring(0, e), w.text().substring(e + 1));
      }
    }
  }

  private static void readExec(Logical l, Map<String, String> environment, List<CommandLine> commands,
      List<InputSyntaxException> errors) {
    int start = l.text().indexOf('=') + 1;
    Map<Arg, String> scripts = new IdentityHashMap<>();
    List<Arg> all = words(l, start, environment, scripts);
    List<Arg> current = new ArrayList<>();
    for (Arg a : all) {
      if (a.text().equals(";") && a.isKnown()) {
        readCommand(current, scripts, commands, errors);
        current = new ArrayList<>();
      } else {
        current.add(a);
      }
    }
    readCommand(current, scripts, commands, errors);
  }

  private static void readCommand(List<Arg> argv, Map<Arg, String> scripts, List<CommandLine> commands,
      List<InputSyntaxException> errors) {
    if (argv.isEmpty()) {
      return;
    }
    List<Arg> args = new ArrayList<>(argv);
    // Prefixes written before the path: - @ + ! !! : |
    Arg first = args.get(0);
    String t = first.text();
    int k = 0;
    boolean at = false;
    while (k < t.length() && "-@+!:|".indexOf(t.charAt(k)) >= 0) {
      at |= t.charAt(k) == '@';
      k++;
    }
    if (k > 0) {
      String rest = t.substring(k);
      if (rest.isEmpty()) {
        args.remove(0);
      } else {
        args.set(0, first.withText(rest, k));
      }
    }
    if (at && args.size() > 1) {
      args.remove(1); // @/usr/bin/docker docker-alias run ...: the second word is only argv[0]
    }
    Commands.Found found = Commands.find(args);
    if (found.command() != null) {
      commands.add(found.command().inUnit());
    } else if (found.shellScript() != null) {
      Arg script = found.shellScript().get(0);
      String text = scripts.getOrDefault(script, script.text());
      ShellScanner.scanNested(new Vars(), new Arg(text, script.line(), script.column(), script.unknowns(), false),
          commands, errors, 0);
    }
  }

  /** systemd's word splitting of a value from {@code start} on. */
  private static List<Arg> words(Logical l, int start, Map<String, String> environment) {
    return words(l, start, environment, null);
  }

  /**
   * @param scripts receives, for each word, its text with the unit's line continuations kept as
   *     shell line continuations, so a sh -c script keeps the lines it is written on
   */
  private static List<Arg> words(Logical l, int start, Map<String, String> environment, Map<Arg, String> scripts) {
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
