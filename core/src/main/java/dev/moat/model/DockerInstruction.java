package dev.moat.model;

import java.util.List;

/**
 * One Dockerfile instruction after line continuations are joined (as BuildKit joins them: the
 * escape character and the line break are removed, comment lines and empty lines inside are
 * dropped).
 *
 * @param keyword upper case: FROM, USER, RUN, ...
 * @param flags the leading --flags as written (--platform=..., --mount=..., --chown=...)
 * @param arguments the rest of the instruction as written, after the flags; heredoc bodies are not
 *     part of it but of {@code heredocs}
 * @param exec the exec (JSON array) form's strings, or null for the shell form
 * @param heredocs the heredocs the instruction opens (RUN, COPY, ADD), in order
 * @param source the line the instruction starts on
 * @param lines where each physical line starts within {@code arguments}, for {@link #sourceAt}
 */
public record DockerInstruction(
    String keyword,
    List<String> flags,
    String arguments,
    List<String> exec,
    List<Heredoc> heredocs,
    Source source,
    List<LineStart> lines) {

  public DockerInstruction {
    flags = List.copyOf(flags);
    exec = exec == null ? null : List.copyOf(exec);
    heredocs = List.copyOf(heredocs);
    lines = List.copyOf(lines);
  }

  /** An instruction on one line, without flags or heredocs. */
  public static DockerInstruction simple(String keyword, String arguments, Source source) {
    return new DockerInstruction(keyword, List.of(), arguments, null, List.of(), source,
        List.of(new LineStart(0, source.line())));
  }

  public boolean isExecForm() {
    return exec != null;
  }

  /** The place of the character at {@code offset} of {@code arguments}: its physical line. */
  public Source sourceAt(int offset) {
    int line = source.line();
    for (LineStart l : lines) {
      if (l.offset() > offset) {
        break;
      }
      line = l.line();
    }
    return source.atLine(line);
  }

  /** "USER app", "FROM --platform=$BUILDPLATFORM golang:1.22 AS build": flags and arguments. */
  public String text() {
    StringBuilder b = new StringBuilder(keyword);
    for (String f : flags) {
      b.append(' ').append(f);
    }
    if (!arguments.isEmpty()) {
      b.append(' ').append(arguments);
    }
    return b.toString();
  }

  /** A physical line of the instruction: it starts at {@code offset} of the arguments. */
  public record LineStart(int offset, int line) {}

  /**
   * A here-document: {@code RUN <<EOF ... EOF}, {@code COPY <<-'EOT' /etc/app.conf ... EOT}.
   *
   * @param delimiter the word that ends it, quotes removed
   * @param expand false when the delimiter was quoted: the body is taken literally
   * @param chomp true for {@code <<-}: leading tabs are stripped from the body (already done here)
   * @param body the lines between the opening line and the delimiter, each ending with a newline
   * @param source the first line of the body
   */
  public record Heredoc(String delimiter, boolean expand, boolean chomp, String body, Source source) {

    /** The place of the character at {@code offset} of the body. */
    public Source sourceAt(int offset) {
      int line = source.line();
      for (int i = 0; i < offset && i < body.length(); i++) {
        if (body.charAt(i) == '\n') {
          line++;
        }
      }
      return source.atLine(line);
    }
  }
}
