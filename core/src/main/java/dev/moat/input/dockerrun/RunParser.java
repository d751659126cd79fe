package dev.moat.input.dockerrun;

import dev.moat.input.GoBool;
import dev.moat.input.dockerrun.Flags.Flag;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Parses the arguments after "run" or "create" with the grammar of the CLIs' flag library
 * (spf13/pflag, with interspersed arguments off): --flag=value and --flag value; switches take no
 * next argument but accept =true/=false; -abc groups one-letter switches, and the last letter of a
 * group may take the rest of the group (-p8080:80) or the next argument as its value; -x=value;
 * "--" ends the options. The first argument that is not an option is the image; everything after
 * it is the container's command, never options.
 */
final class RunParser {

  /**
   * One option as given.
   *
   * @param written how it was written: "--privileged", "-p", "--net"
   * @param value the value ("true" for a bare switch)
   * @param at the argument that holds the option
   * @param valueAt the argument that holds the value (the same as {@code at} for --x=y and -pVALUE)
   */
  record Use(Flag flag, String written, String value, Arg at, Arg valueAt) {

    String name() {
      return flag.canonical();
    }

    boolean known() {
      return valueAt.unknowns().stream().noneMatch(value::contains);
    }

    /** The unresolved expansions in the value. */
    List<String> unknowns() {
      return valueAt.unknowns().stream().filter(value::contains).toList();
    }
  }

  /**
   * A parsed command line.
   *
   * @param image the image argument, or null when an unresolved expansion may hold it
   * @param spreads unresolved expansions standing where options are ($DOCKER_OPTS, "$@")
   */
  record Parsed(List<Use> uses, Arg image, List<Arg> command, List<Arg> spreads, boolean help) {

    List<Use> all(String canonical) {
      return uses.stream().filter(u -> u.name().equals(canonical)).toList();
    }

    /** The last use of an option (a single-valued option given twice keeps the last). */
    Use last(String canonical) {
      Use found = null;
      for (Use u : uses) {
        if (u.name().equals(canonical)) {
          found = u;
        }
      }
      return found;
    }
  }

  /** Variable names that conventionally hold options rather than an image. */
  private static final Pattern OPTIONS_NAME =
      Pattern.compile("(?i).*(opts|options|args|flags|params|extra|docker_run|run_).*|[@*]");

  private final Engine engine;
  private final boolean create;
  private final String commandName;

  private RunParser(Engine engine, boolean create) {
    this.engine = engine;
    this.create = create;
    this.commandName = engine.command() + (create ? " create" : " run");
  }

  static Parsed parse(Engine engine, boolean create, List<Arg> args) {
    return new RunParser(engine, create).parse(args);
  }

  private Parsed parse(List<Arg> args) {
    List<Use> uses = new ArrayList<>();
    List<Arg> spreads = new ArrayList<>();
    boolean help = false;
    int i = 0;
    while (i < args.size()) {
      Arg a = args.get(i);
      String t = a.text();
      if (a.spread()) {
        if (holdsOptions(a, i + 1 < args.size() ? args.get(i + 1) : null)) {
          spreads.add(a);
          i++;
          continue;
        }
        break; // an unresolved image
      }
      if (t.equals("--")) {
        i++;
        break;
      }
      if (t.length() < 2 || t.charAt(0) != '-') {
        break;
      }
      if (t.startsWith("--")) {
        i = parseLong(args, i, uses);
      } else {
        i = parseShort(args, i, uses);
      }
      if (uses.get(uses.size() - 1).flag().name().equals("help")) {
        help = true;
      }
    }
    Arg image = i < args.size() ? args.get(i) : null;
    List<Arg> command = i + 1 < args.size() ? args.subList(i + 1, args.size()) : List.of();
    if (image == null && spreads.isEmpty() && !help) {
      Arg last = args.isEmpty() ? null : args.get(args.size() - 1);
      throw new InputSyntaxException(commandName + ": no image", "\"" + commandName
          + "\" needs an IMAGE argument after its options", last == null ? 0 : last.line(), 0);
    }
    return new Parsed(List.copyOf(uses), image, List.copyOf(command), List.copyOf(spreads), help);
  }

  /** An unresolved $X in option position: options when flags follow or its name says so. */
  private static boolean holdsOptions(Arg spread, Arg next) {
    if (spread.text().matches("\\$[@*]|\\$\\{[@*]}")) {
      return true; // the script's own arguments: a wrapper passing options (and the image) through
    }
    String name = spread.text().replaceAll("^\\$\\{?#?!?|[}\\[\\]@:*-]*$", "");
    if (spread.text().startsWith("$(") || spread.text().startsWith("`")) {
      name = "";
    }
    boolean optionsName = OPTIONS_NAME.matcher(name).matches() || spread.text().contains("[@]")
        || spread.text().contains("[*]") || spread.text().equals("\"$@\"");
    if (next == null) {
      return optionsName;
    }
    return next.text().startsWith("-") || optionsName;
  }

  private int parseLong(List<Arg> args, int i, List<Use> uses) {
    Arg a = args.get(i);
    String body = a.text().substring(2);
    int eq = body.indexOf('=');
    String name = eq < 0 ? body : body.substring(0, eq);
    Flag f = Flags.byName(name, engine, create);
    if (f == null) {
      String hint = FlagSuggestion.forUnknown(name, engine, create);
      throw new InputSyntaxException(commandName + ": unknown flag --" + name, hint, a.line(), a.column());
    }
    if (eq >= 0) {
      String value = body.substring(eq + 1);
      Arg at = a.withText(value, 3 + name.length());
      if (f.bool()) {
        checkBool(f, value, at);
      }
      uses.add(new Use(f, "--" + name, value, a, at));
      return i + 1;
    }
    if (f.bool()) {
      uses.add(new Use(f, "--" + name, "true", a, a));
      return i + 1;
    }
    if (i + 1 >= args.size()) {
      throw new InputSyntaxException(commandName + ": flag --" + name + " needs a value", a.line(), a.column());
    }
    Arg v = args.get(i + 1);
    uses.add(new Use(f, "--" + name, v.text(), a, v));
    return i + 2;
  }

  /**
   * -abc as pflag reads it. A single-dash word that spells a long option (-privileged, -net) is
   * an error with a hint when pflag would refuse it or read it as a long run of letters: docker
   * then fails or does something else than the author meant. Short groups such as -ip stay valid.
   */
  private int parseShort(List<Arg> args, int i, List<Use> uses) {
    String group = args.get(i).text().substring(1);
    String asWord = group.contains("=") ? group.substring(0, group.indexOf('=')) : group;
    boolean spellsLong = asWord.length() > 1 && Flags.byName(asWord, engine, create) != null;
    List<Use> parsed = new ArrayList<>();
    int next;
    try {
      next = parseShortGroup(args, i, parsed);
    } catch (InputSyntaxException e) {
      if (spellsLong) {
        throw longWithOneDash(args.get(i), asWord);
      }
      throw e;
    }
    if (spellsLong && asWord.length() > 3) {
      throw longWithOneDash(args.get(i), asWord);
    }
    uses.addAll(parsed);
    return next;
  }

  private InputSyntaxException longWithOneDash(Arg a, String name) {
    return new InputSyntaxException(commandName + ": -" + name + " is read as one-letter flags",
        "long flags take two dashes: --" + name, a.line(), a.column());
  }

  private int parseShortGroup(List<Arg> args, int i, List<Use> uses) {
    Arg a = args.get(i);
    String group = a.text().substring(1);
    int k = 0;
    int next = i + 1;
    while (k < group.length()) {
      char c = group.charAt(k);
      Flag f = Flags.byShorthand(c, engine, create);
      if (f == null) {
        throw new InputSyntaxException(commandName + ": unknown shorthand flag '" + c + "' in -" + group,
            a.line(), a.column() + 1 + k);
      }
      String rest = group.substring(k + 1);
      if (rest.startsWith("=") && rest.length() > 0 && group.length() - k > 2) {
        String value = rest.substring(1);
        Arg at = a.withText(value, k + 3);
        if (f.bool()) {
          checkBool(f, value, at);
        }
        uses.add(new Use(f, "-" + c, value, a, at));
        return next;
      }
      if (f.bool()) {
        uses.add(new Use(f, "-" + c, "true", a, a));
        k++;
        continue;
      }
      if (!rest.isEmpty()) {
        uses.add(new Use(f, "-" + c, rest, a, a.withText(rest, k + 2)));
        return next;
      }
      if (next >= args.size()) {
        throw new InputSyntaxException(commandName + ": flag -" + c + " (--" + f.name() + ") needs a value",
            a.line(), a.column() + 1 + k);
      }
      Arg v = args.get(next);
      uses.add(new Use(f, "-" + c, v.text(), a, v));
      return next + 1;
    }
    return next;
  }

  /** Switches accept what Go's strconv.ParseBool accepts; an unresolved value is left for later. */
  private void checkBool(Flag f, String value, Arg at) {
    if (!at.isKnown()) {
      return;
    }
    if (GoBool.parse(value) == null) {
      throw new InputSyntaxException(commandName + ": invalid value \"" + value + "\" for --" + f.name(),
          "expected true or false", at.line(), at.column());
    }
  }
}
