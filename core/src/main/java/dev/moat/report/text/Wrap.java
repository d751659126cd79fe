package dev.moat.report.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Greedy word wrap of plain text. A word longer than the width (a long path, an image digest)
 * stays whole on its own line: breaking it would make it impossible to copy.
 */
final class Wrap {

  private Wrap() {}

  /**
   * Splits {@code text} into lines of at most {@code first} columns for the first line and
   * {@code rest} for the others. Always returns at least one (possibly empty) line.
   */
  static List<String> lines(String text, int first, int rest) {
    String stripped = text.strip();
    return words(stripped.isEmpty() ? List.of() : List.of(stripped.split("\\s+")), first, rest);
  }

  /**
   * Like {@link #lines(String, int, int)} for text already cut into units that must not be
   * broken, such as "ConfigMap 3," in a list of counts. Units are joined with single spaces.
   */
  static List<String> words(List<String> words, int first, int rest) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    int width = Math.max(first, 1);
    for (String word : words) {
      if (line.length() > 0 && line.length() + 1 + word.length() > width) {
        lines.add(line.toString());
        line.setLength(0);
        width = Math.max(rest, 1);
      }
      if (line.length() > 0) {
        line.append(' ');
      }
      line.append(word);
    }
    lines.add(line.toString());
    return lines;
  }

  /** Wraps {@code text} to fit after {@code indent} columns. */
  static List<String> lines(String text, int indent) {
    int width = TextSink.WIDTH - indent;
    return lines(text, width, width);
  }
}
