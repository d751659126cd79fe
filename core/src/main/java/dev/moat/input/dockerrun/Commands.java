package dev.moat.input.dockerrun;

import java.util.List;
import java.util.Set;

/**
 * Recognises a container run/create command in an expanded argument list: skips the wrappers
 * that run another command (sudo, exec, env, nohup, time, ...), the engine's global options and
 * "container", and says whether what is left is run or create. Shared by the shell and systemd
 * readers.
 */
final class Commands {

  /** What the words at the start of a command turned out to be. */
  record Found(CommandLine command, List<Arg> shellScript) {

    static Found none() {
      return new Found(null, null);
    }
  }

  private static final Set<String> SHELLS = Set.of("sh", "bash", "dash", "zsh", "ksh", "ash", "busybox");

  private Commands() {}

  /**
   * The command these arguments run: a container command, a shell given a script with -c (whose
   * text the caller reads in turn), or nothing Moat reads.
   */
  static Found find(List<Arg> argv) {
    int i = skipWrappers(argv, 0);
    if (i >= argv.size()) {
      return Found.none();
    }
    Arg first = argv.get(i);
    String base = first.text().substring(first.text().lastIndexOf('/') + 1);
    if (SHELLS.contains(base)) {
      return shellScript(argv, i + 1);
    }
    Engine engine = first.isKnown() ? Engine.byCommand(first.text()) : guessEngine(first);
    if (engine == null) {
      return Found.none();
    }
    int j = i + 1;
    CommandLine.Use runtime = null;
    while (j < argv.size()) {
      Arg a = argv.get(j);
      String t = a.text();
      if (!t.startsWith("-") || t.equals("-")) {
        break;
      }
      if (t.equals("--")) {
        j++;
        break;
      }
      if (t.startsWith("--")) {
        String name = t.substring(2);
        int eq = name.indexOf('=');
        if (eq >= 0) {
          if (engine == Engine.PODMAN && name.startsWith("runtime=")) {
            runtime = new CommandLine.Use(name.substring(eq + 1), a);
          }
          j++;
        } else if (engine.globalTakesValue(name) || !engine.globalTakesValue(name) && unknownTakesValue(engine, name, argv, j)) {
          if (engine == Engine.PODMAN && name.equals("runtime") && j + 1 < argv.size()) {
            runtime = new CommandLine.Use(argv.get(j + 1).text(), argv.get(j + 1));
          }
          j += 2;
        } else {
          j++;
        }
      } else {
        char last = t.charAt(t.length() - 1);
        j += t.length() == 2 && engine.globalShorthandTakesValue(last) ? 2 : 1;
      }
    }
    if (j >= argv.size()) {
      return Found.none();
    }
    String sub = argv.get(j).text();
    if (sub.equals("container") && j + 1 < argv.size()) {
      j++;
      sub = argv.get(j).text();
    }
    if (!sub.equals("run") && !sub.equals("create")) {
      return Found.none();
    }
    return new Found(new CommandLine(engine, sub.equals("create"), first, argv.subList(j + 1, argv.size()), runtime, false), null);
  }

  /** Options with a value that Moat's tables lack are recognised by what follows them. */
  private static boolean unknownTakesValue(Engine engine, String name, List<Arg> argv, int j) {
    if (Set.of("debug", "tls", "tlsverify", "version", "help", "remote", "syslog", "noout",
        "transient-store", "insecure-registry", "experimental", "debug-full").contains(name)) {
      return false;
    }
    if (j + 1 >= argv.size()) {
      return false;
    }
    String next = argv.get(j + 1).text();
    return !next.startsWith("-") && !next.equals("run") && !next.equals("create") && !next.equals("container");
  }

  /** ${DOCKER:-docker} run ...: the engine word is an expansion whose text names the engine. */
  private static Engine guessEngine(Arg word) {
    String t = word.text().toLowerCase(java.util.Locale.ROOT);
    if (t.contains("podman")) {
      return Engine.PODMAN;
    }
    if (t.contains("nerdctl")) {
      return Engine.NERDCTL;
    }
    return t.contains("docker") ? Engine.DOCKER : null;
  }

  /** bash -c 'script', sh -ec "...": the script text, positioned where it is written. */
  private static Found shellScript(List<Arg> argv, int from) {
    for (int k = from; k < argv.size(); k++) {
      String t = argv.get(k).text();
      if (t.startsWith("-") && !t.startsWith("--") && t.indexOf('c') > 0) {
        return k + 1 < argv.size() ? new Found(null, List.of(argv.get(k + 1))) : Found.none();
      }
      if (!t.startsWith("-")) {
        return Found.none(); // sh script.sh: another file, read when it is scanned itself
      }
    }
    return Found.none();
  }

  /** The index of the first word that is not a wrapper running the rest as a command. */
  static int skipWrappers(List<Arg> argv, int from) {
    int i = from;
    while (i < argv.size()) {
      Arg a = argv.get(i);
      String base = a.text().substring(a.text().lastIndexOf('/') + 1);
      switch (base) {
        case "sudo", "doas" -> i = skipOptions(argv, i + 1, Set.of("-u", "-g", "-p", "-r", "-t", "-C", "-D",
            "-T", "-U", "-h", "--user", "--group", "--prompt", "--role", "--type", "--chdir", "--close-from",
            "--host", "--other-user", "--command-timeout"));
        case "exec" -> i = skipOptions(argv, i + 1, Set.of("-a"));
        case "nohup", "setsid", "builtin" -> i++;
        case "time" -> i = skipOptions(argv, i + 1, Set.of("-f", "-o", "--format", "--output"));
        case "command" -> {
          if (i + 1 < argv.size() && (argv.get(i + 1).text().equals("-v") || argv.get(i + 1).text().equals("-V"))) {
            return argv.size(); // command -v docker only asks where docker is
          }
          i = skipOptions(argv, i + 1, Set.of());
        }
        case "env" -> {
          i = skipOptions(argv, i + 1, Set.of("-u", "-C", "-S", "--unset", "--chdir", "--split-string"));
          while (i < argv.size() && argv.get(i).text().matches("[A-Za-z_][A-Za-z0-9_]*=.*")) {
            i++;
          }
        }
        case "nice", "ionice", "chrt", "taskset", "stdbuf" -> i = skipOptions(argv, i + 1,
            Set.of("-n", "-c", "-p", "--adjustment", "--class", "--classdata", "-i", "-o", "-e"));
        case "timeout" -> {
          i = skipOptions(argv, i + 1, Set.of("-s", "-k", "--signal", "--kill-after"));
          i++; // the duration
        }
        default -> {
          return i;
        }
      }
    }
    return i;
  }

  private static int skipOptions(List<Arg> argv, int from, Set<String> withValue) {
    int i = from;
    while (i < argv.size()) {
      String t = argv.get(i).text();
      if (t.equals("--")) {
        return i + 1;
      }
      if (!t.startsWith("-") || t.equals("-")) {
        return i;
      }
      i += withValue.contains(t) ? 2 : 1;
    }
    return i;
  }
}
