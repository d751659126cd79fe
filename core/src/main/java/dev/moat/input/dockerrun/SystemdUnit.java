package dev.moat.input.dockerrun;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds container run/create commands in a systemd unit file: the Exec lines of its [Service]
 * section (ExecStart=, ExecStartPre=, ... with the prefixes -, @, +, !, !!, :, |), read with
 * systemd's own rules. Lines ending in a backslash continue on the next one and lines starting with
 * # or ; are comments ({@link UnitLine}); words are split at blanks with "..." and '...' quoting
 * and C escapes, $NAME (split into words) and ${NAME} (one word) come from the unit's Environment=
 * lines and are unknown otherwise (EnvironmentFile= is not read), %% is a percent sign and other
 * specifiers (%i, %n, ...) are kept as written, since only a running unit knows them
 * ({@link ExecWords}). A lone ; separates commands. The text of sh -c is read as a shell script.
 */
final class SystemdUnit {

  private static final Set<String> EXEC_KEYS = Set.of("ExecStart", "ExecStartPre", "ExecStartPost",
      "ExecCondition", "ExecReload", "ExecStop", "ExecStopPost");

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
    List<UnitLine> lines = UnitLine.split(text);
    Map<String, String> environment = new HashMap<>();
    String section = "";
    List<UnitLine> exec = new ArrayList<>();
    for (UnitLine l : lines) {
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
    for (UnitLine l : exec) {
      try {
        readExec(l, environment, commands, errors);
      } catch (InputSyntaxException e) {
        errors.add(e);
      }
    }
    return new ShellScanner.Result(commands, errors);
  }

  /** Environment="A=1" B=2: assignments, quoted or not. */
  private static void readEnvironment(UnitLine l, Map<String, String> environment) {
    int start = l.text().indexOf('=') + 1;
    for (Arg w : ExecWords.split(l, start, Map.of())) {
      int e = w.text().indexOf('=');
      if (e > 0 && w.isKnown()) {
        environment.put(w.text().substring(0, e), w.text().substring(e + 1));
      }
    }
  }

  private static void readExec(UnitLine l, Map<String, String> environment, List<CommandLine> commands,
      List<InputSyntaxException> errors) {
    int start = l.text().indexOf('=') + 1;
    Map<Arg, String> scripts = new IdentityHashMap<>();
    List<Arg> all = ExecWords.split(l, start, environment, scripts);
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
}
