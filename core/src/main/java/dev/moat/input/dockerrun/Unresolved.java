package dev.moat.input.dockerrun;

import java.util.ArrayList;
import java.util.List;

/**
 * Says why expansions in a command have no value Moat can use, so a note can tell the user what
 * would make them known: a command substitution is computed when the script runs, a % specifier
 * is filled in by systemd, $1 or "$@" is an argument of the script, ${arr[@]} is a bash array
 * (which Moat does not read), and a variable is not set where the command stands.
 */
final class Unresolved {

  private Unresolved() {}

  /**
   * "$A is not set in this file before this line, or only in a branch; $(date) is computed ...".
   *
   * @param unit true when a systemd unit holds the command: its variables come from Environment= lines
   */
  static String why(List<String> unknowns, boolean unit) {
    List<String> computed = new ArrayList<>();
    List<String> specifiers = new ArrayList<>();
    List<String> arguments = new ArrayList<>();
    List<String> arrays = new ArrayList<>();
    List<String> variables = new ArrayList<>();
    for (String u : unknowns) {
      if (u.startsWith("$(") || u.startsWith("`")) {
        computed.add(u);
      } else if (u.matches("\\$\\{!?[A-Za-z_][A-Za-z0-9_]*\\[.*")) {
        arrays.add(u);
      } else if (u.startsWith("%")) {
        specifiers.add(u);
      } else if (u.matches("\\$\\{?[0-9@*#]\\}?") || u.matches("\"?\\$[@*]\"?")) {
        arguments.add(u);
      } else {
        variables.add(u);
      }
    }
    List<String> parts = new ArrayList<>();
    if (!computed.isEmpty()) {
      parts.add(join(computed) + " computed when the script runs");
    }
    if (!specifiers.isEmpty()) {
      parts.add(join(specifiers) + " filled in by systemd when the unit starts");
    }
    if (!arguments.isEmpty()) {
      parts.add(join(arguments) + (arguments.size() == 1 ? " an argument" : " arguments") + " of the script");
    }
    if (!arrays.isEmpty()) {
      parts.add(join(arrays) + (arrays.size() == 1 ? " an array" : " arrays") + ", which Moat does not read");
    }
    if (!variables.isEmpty()) {
      parts.add(join(variables) + " not set " + (unit
          ? "by an Environment= line of this unit (EnvironmentFile= is not read)"
          : "in this file before this line, or only in a branch"));
    }
    return String.join("; ", parts);
  }

  /** "$A is", "$A and $B are", "$A, $B and $C are". */
  private static String join(List<String> items) {
    if (items.size() == 1) {
      return items.get(0) + " is";
    }
    return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1) + " are";
  }
}
