package dev.moat.input.dockerrun;

import java.util.List;

/**
 * One argument of a command line after shell expansion, with the place it is written.
 *
 * @param text the value; an expansion Moat could not resolve stays in it as written ("$TAG")
 * @param unknowns the unresolved expansions in it, as written; empty when the value is known
 * @param spread true for an unquoted unresolved expansion standing alone ($OPTS, "$@"): it may
 *     become any number of arguments, none included
 */
record Arg(String text, int line, int column, List<String> unknowns, boolean spread) {

  Arg {
    unknowns = List.copyOf(unknowns);
  }

  static Arg known(String text, int line, int column) {
    return new Arg(text, line, column, List.of(), false);
  }

  boolean isKnown() {
    return unknowns.isEmpty();
  }

  /** The same place with another text (a flag's value split off "--name=value"). */
  Arg withText(String newText, int columnShift) {
    List<String> kept = unknowns.stream().filter(newText::contains).toList();
    return new Arg(newText, line, column + columnShift, kept, false);
  }
}
