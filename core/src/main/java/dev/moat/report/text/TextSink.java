package dev.moat.report.text;

import java.io.IOException;
import java.io.Writer;

/**
 * Where the sections write: lines end in {@code \n} whatever the platform, never in spaces, and
 * sections are separated by exactly one blank line.
 */
final class TextSink {

  /** The width the text report is laid out for. */
  static final int WIDTH = 100;

  private final Writer out;
  private boolean started;

  TextSink(Writer out) {
    this.out = out;
  }

  /** Starts a section: a blank line after whatever came before, then the (styled) title. */
  void section(String title) throws IOException {
    if (started) {
      out.write('\n');
    }
    line(title);
  }

  void line(String text) throws IOException {
    out.write(stripTrailingSpaces(text));
    out.write('\n');
    started = true;
  }

  void flush() throws IOException {
    out.flush();
  }

  private static String stripTrailingSpaces(String text) {
    int end = text.length();
    while (end > 0 && text.charAt(end - 1) == ' ') {
      end--;
    }
    return text.substring(0, end);
  }
}
