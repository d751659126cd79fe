package dev.moat.input.dockerfile;

import dev.moat.input.EditDistance;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What to add to the error for an unknown instruction: a shell word right after a RUN line is a
 * continuation the escape character was forgotten on; an upper-case word close to an instruction is
 * a typo, and when several instructions are equally close, all of them are named, in alphabetical
 * order.
 */
final class InstructionHint {

  private static final Set<String> SHELL_INSTRUCTIONS = Set.of("RUN", "CMD", "ENTRYPOINT", "ONBUILD", "HEALTHCHECK");

  private InstructionHint() {}

  /**
   * " (does line 3 lack a line continuation \ at its end?)", " (did you mean COPY?)", or "".
   *
   * @param previous the instruction before, or null
   */
  static String of(RawInstruction raw, RawInstruction previous, char escape) {
    String word = raw.keyword();
    boolean shellWord = !word.equals(word.toUpperCase(Locale.ROOT)) || !Character.isLetter(word.charAt(0));
    if (shellWord && previous != null && endLine(previous) == raw.line() - 1
        && SHELL_INSTRUCTIONS.contains(previous.keyword().toUpperCase(Locale.ROOT))) {
      return " (does line " + endLine(previous) + " lack a line continuation " + escape + " at its end?)";
    }
    String upper = word.toUpperCase(Locale.ROOT);
    List<String> nearest = new ArrayList<>();
    int best = 3; // farther than two edits is no typo
    for (String known : DockerfileParser.INSTRUCTIONS) { // alphabetical: the hint is the same on every run
      int d = EditDistance.between(upper, known);
      if (d < best) {
        nearest.clear();
        best = d;
      }
      if (d == best) {
        nearest.add(known);
      }
    }
    return nearest.isEmpty() ? "" : " (did you mean " + String.join(" or ", nearest) + "?)";
  }

  private static int endLine(RawInstruction raw) {
    return raw.lines().get(raw.lines().size() - 1).line();
  }
}
