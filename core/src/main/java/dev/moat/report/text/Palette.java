package dev.moat.report.text;

import dev.moat.rule.Severity;

/**
 * ANSI styling, or none. Callers style only visible text, never padding, so column widths can be
 * computed on plain strings and no line ends in spaces hidden inside an escape sequence.
 */
final class Palette {

  private static final String RESET = "\u001b[0m";

  private final boolean color;

  private Palette(boolean color) {
    this.color = color;
  }

  static Palette of(boolean color) {
    return new Palette(color);
  }

  String severity(Severity severity, String text) {
    return switch (severity) {
      case CRITICAL -> style("\u001b[1;31m", text);
      case HIGH -> style("\u001b[31m", text);
      case MEDIUM -> style("\u001b[33m", text);
      case LOW -> style("\u001b[36m", text);
    };
  }

  String bold(String text) {
    return style("\u001b[1m", text);
  }

  String dim(String text) {
    return style("\u001b[2m", text);
  }

  private String style(String code, String text) {
    return color && !text.isEmpty() ? code + text + RESET : text;
  }
}
