package dev.moat.report.text;

import dev.moat.model.Source;
import java.io.IOException;
import java.util.List;
import java.util.function.Function;

/**
 * A titled list of {@code file:line: message} lines, the shape compilers use so editors and
 * terminals can jump to the place. Each item stays on one line, however long, so it can be
 * grepped and read by tools. Used for input errors and for notices.
 *
 * @param <T> the item type (InputError, Notice)
 */
final class MessagesSection<T> {

  private static final String INDENT = "  ";

  private final String title;
  private final Function<T, Source> source;
  private final Function<T, String> message;
  private final Palette palette;

  MessagesSection(String title, Function<T, Source> source, Function<T, String> message, Palette palette) {
    this.title = title;
    this.source = source;
    this.message = message;
    this.palette = palette;
  }

  void write(List<T> items, TextSink sink) throws IOException {
    if (items.isEmpty()) {
      return;
    }
    sink.section(palette.bold(title + " (" + items.size() + ")"));
    for (T item : items) {
      Source s = source.apply(item);
      // A notice about the whole run has no file; it is just its message.
      sink.line(INDENT + (s.file().isEmpty() ? "" : s + ": ") + message.apply(item));
    }
  }
}
