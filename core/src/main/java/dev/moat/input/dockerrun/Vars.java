package dev.moat.input.dockerrun;

import dev.moat.input.dockerrun.Word.Literal;
import dev.moat.input.dockerrun.Word.Param;
import dev.moat.input.dockerrun.Word.Part;
import dev.moat.input.dockerrun.Word.Subst;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The variables a script sets, as far as reading it top to bottom can know them, and shell
 * expansion of words with them. Only plain assignments (NAME=value, export NAME=value) of values
 * that are themselves known count. A variable set inside an if/case/loop/function body is known
 * inside that body after the assignment, but unknown after it: which branch runs is not visible.
 * Nothing is taken from the environment Moat runs in: it is not the one the script runs in.
 */
final class Vars {

  /** ${arr[@]}, ${arr[@]:1}, ${!arr[@]}: every element of an array, one word each. */
  private static final java.util.regex.Pattern ARRAY_ELEMENTS =
      java.util.regex.Pattern.compile("\\$\\{!?[A-Za-z_][A-Za-z0-9_]*\\[@]");

  private final Map<String, String> known = new HashMap<>();
  private final Deque<Set<String>> frames = new ArrayDeque<>();

  /** Opens a block whose assignments may or may not happen (then, do, {, a subshell, case). */
  void push() {
    frames.push(new HashSet<>());
  }

  /** Closes a block: what it assigned is unknown from now on. */
  void pop() {
    if (frames.isEmpty()) {
      return;
    }
    for (String name : frames.pop()) {
      known.remove(name);
      if (!frames.isEmpty()) {
        frames.peek().add(name);
      }
    }
  }

  /** NAME=value; a null value means the value is not known (it has an unresolved expansion). */
  void assign(String name, String value) {
    if (value == null) {
      known.remove(name);
    } else {
      known.put(name, value);
    }
    if (!frames.isEmpty()) {
      frames.peek().add(name);
    }
  }

  String get(String name) {
    return known.get(name);
  }

  /**
   * Expands a word into arguments: known variables are substituted (and, outside double quotes,
   * split at blanks as the shell would); unknown ones stay as written and are listed. An unquoted
   * unknown expansion that is the whole word becomes one "spread" argument, since it may stand
   * for any number of arguments.
   */
  List<Arg> expand(Word w) {
    List<Part> parts = w.parts();
    if (parts.size() == 1 && parts.get(0) instanceof Param p && (!p.quoted() || isList(p))) {
      String value = p.simple() ? known.get(p.name()) : null;
      if (value == null) {
        return List.of(new Arg(p.raw(), w.line(), w.column(), List.of(p.raw()), true));
      }
    }
    if (parts.size() == 1 && parts.get(0) instanceof Subst sub && !sub.quoted()) {
      return List.of(new Arg(sub.raw(), w.line(), w.column(), List.of(sub.raw()), !isPwd(sub.raw())));
    }
    List<Arg> fields = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    Set<String> unknowns = new LinkedHashSet<>();
    boolean started = false;
    for (Part part : parts) {
      if (part instanceof Literal l) {
        current.append(l.text());
        started = true;
      } else if (part instanceof Subst sub) {
        current.append(sub.raw());
        unknowns.add(sub.raw());
        started = true;
      } else if (part instanceof Param p) {
        String value = p.simple() ? known.get(p.name()) : null;
        if (value == null) {
          current.append(p.raw());
          unknowns.add(p.raw());
          started = true;
        } else if (p.quoted()) {
          current.append(value);
          started = true;
        } else {
          // Field splitting at blanks (the default IFS); empty pieces vanish.
          String[] pieces = value.split("[ \t\n]+", -1);
          for (int k = 0; k < pieces.length; k++) {
            if (k > 0 && started) {
              fields.add(new Arg(current.toString(), w.line(), w.column(), List.copyOf(unknowns), false));
              current.setLength(0);
              unknowns.clear();
              started = false;
            }
            if (!pieces[k].isEmpty()) {
              current.append(pieces[k]);
              started = true;
            }
          }
        }
      }
    }
    if (started) {
      fields.add(new Arg(current.toString(), w.line(), w.column(), List.copyOf(unknowns), false));
    }
    return fields;
  }

  /**
   * "$@", "$*" and bash's "${arr[@]}": a list of words even when quoted (each element one word),
   * so it may stand for any number of arguments, options included.
   */
  private static boolean isList(Param p) {
    return "@".equals(p.name()) || "*".equals(p.name()) || ARRAY_ELEMENTS.matcher(p.raw()).lookingAt();
  }

  /** The value of an assignment's right-hand side (no field splitting), or null when not known. */
  String valueOf(List<Part> parts) {
    StringBuilder sb = new StringBuilder();
    for (Part part : parts) {
      if (part instanceof Literal l) {
        sb.append(l.text());
      } else if (part instanceof Param p && p.simple() && known.containsKey(p.name())) {
        sb.append(known.get(p.name()));
      } else {
        return null;
      }
    }
    return sb.toString();
  }

  /** $(pwd) and `pwd`: the script's working directory, an absolute host path. */
  static boolean isPwd(String raw) {
    String t = raw.replace(" ", "");
    return t.equals("$(pwd)") || t.equals("`pwd`") || t.equals("$(pwd-P)") || t.equals("$(pwd-L)");
  }
}
