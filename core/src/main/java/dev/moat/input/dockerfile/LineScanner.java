package dev.moat.input.dockerfile;

import dev.moat.model.DockerInstruction.Heredoc;
import dev.moat.model.DockerInstruction.LineStart;
import dev.moat.model.Source;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the physical lines of a Dockerfile into instructions, the way BuildKit's parser does:
 *
 * <ul>
 *   <li>Parser directives ({@code # syntax=}, {@code # escape=}, {@code # check=}) count only at the
 *       very top: the first line that is not one (a comment, a blank line, an instruction, an
 *       unknown directive) ends them, and later ones are plain comments. Each may appear once.
 *   <li>A line whose first non-blank character is {@code #} is a comment, also between the lines of
 *       a continued instruction; blank lines inside a continuation are skipped.
 *   <li>The escape character ({@code \} or the directive's backtick) as the last non-blank character
 *       continues the instruction on the next line, unless it is itself escaped; the escape, the
 *       blanks after it and the line break are removed (nothing is put in their place).
 *   <li>RUN, COPY and ADD in shell form (also after ONBUILD) may open heredocs: every word
 *       {@code <<WORD}, {@code <<-WORD}, {@code <<"WORD"}, {@code 3<<WORD} of the joined line opens
 *       one, and their bodies follow in order, each ended by a line that is exactly the word
 *       ({@code <<-}: after leading tabs). Inside a body nothing is a comment or a continuation.
 * </ul>
 *
 * <p>It stays one class: directives, continuations and heredoc bodies all advance the same cursor
 * over the physical lines, and each rule depends on where the others left it.
 */
final class LineScanner {

  static final Set<String> DIRECTIVES = Set.of("syntax", "escape", "check");
  private static final Set<String> HEREDOC_INSTRUCTIONS = Set.of("RUN", "COPY", "ADD");
  private static final Pattern DIRECTIVE = Pattern.compile("^([a-zA-Z][a-zA-Z0-9]*)\\s*=\\s*(.+?)\\s*$");
  private static final Pattern HEREDOC = Pattern.compile("^(\\d*)<<(-?)\\s*([^<]*)$");

  private final String file;
  private final BiConsumer<Integer, String> error;
  private final BiConsumer<Integer, String> note;
  private final String[] lines;
  private char escape = '\\';
  private int next; // index of the next physical line to read

  /**
   * @param error receives (line, message) for every problem; scanning goes on
   * @param note receives (line, message) for what BuildKit accepts with a warning
   */
  LineScanner(String file, String text, BiConsumer<Integer, String> error, BiConsumer<Integer, String> note) {
    this.file = file;
    this.error = error;
    this.note = note;
    String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
    String[] split = t.split("\n", -1);
    if (split.length > 0 && split[split.length - 1].isEmpty()) {
      split = java.util.Arrays.copyOf(split, split.length - 1); // the final newline ends a line, opens none
    }
    for (int i = 0; i < split.length; i++) {
      split[i] = trimNewline(split[i]);
    }
    this.lines = split;
  }

  /** The escape character in effect (known once {@link #scan} has run). */
  char escape() {
    return escape;
  }

  List<RawInstruction> scan() {
    List<RawInstruction> out = new ArrayList<>();
    Set<String> seenDirectives = new HashSet<>();
    boolean directives = true;
    while (next < lines.length) {
      int lineNo = next + 1;
      String token = stripLeading(lines[next++]);
      if (directives) {
        directives = directive(token, lineNo, seenDirectives);
        if (directives) {
          continue;
        }
      }
      if (isComment(token)) {
        continue;
      }
      Continued first = trimContinuation(token);
      if (first.ends() && first.text().isEmpty()) {
        continue; // a blank line
      }
      StringBuilder joined = new StringBuilder(first.text());
      List<LineStart> starts = new ArrayList<>();
      starts.add(new LineStart(0, lineNo));
      boolean ends = first.ends();
      boolean emptyContinuation = false;
      while (!ends && next < lines.length) {
        String raw = lines[next];
        int n = ++next;
        if (isComment(raw)) {
          continue; // comment lines are dropped
        }
        if (stripLeading(raw).isEmpty()) {
          emptyContinuation = true; // dropped too, with a warning
          continue;
        }
        Continued c = trimContinuation(raw);
        starts.add(new LineStart(joined.length(), n));
        joined.append(c.text());
        ends = c.ends();
      }
      if (emptyContinuation) {
        note.accept(lineNo, "an empty line continues this instruction: BuildKit accepts it with a warning "
            + "(NoEmptyContinuation) and says it will become an error");
      }
      if (!joined.toString().isBlank()) { // a lone escape character followed by nothing but comments
        out.add(instruction(joined.toString(), lineNo, starts));
      }
    }
    return out;
  }

  /** True when the line was a parser directive; false once directives are over. */
  private boolean directive(String token, int lineNo, Set<String> seen) {
    if (!token.startsWith("#")) {
      return false;
    }
    Matcher m = DIRECTIVE.matcher(stripLeading(token.substring(1)));
    if (!m.matches()) {
      return false;
    }
    String key = m.group(1).toLowerCase(Locale.ROOT);
    if (!DIRECTIVES.contains(key)) {
      return false;
    }
    if (!seen.add(key)) {
      error.accept(lineNo, "only one " + key + " parser directive can be used; this one is ignored");
      return true;
    }
    if (key.equals("escape")) {
      String v = m.group(2);
      if (v.equals("\\") || v.equals("`")) {
        escape = v.charAt(0);
      } else {
        error.accept(lineNo, "invalid escape directive '" + v + "': the escape character is \\ or ` (backtick)");
      }
    }
    return true;
  }

  private RawInstruction instruction(String joined, int lineNo, List<LineStart> starts) {
    int start = skipBlanks(joined, 0); // "\" alone on the first line, then an indented keyword
    int i = start;
    int n = joined.length();
    while (i < n && !isBlank(joined.charAt(i))) {
      i++;
    }
    String keyword = joined.substring(start, i);
    i = skipBlanks(joined, i);
    List<String> flags = new ArrayList<>();
    while (joined.startsWith("--", i)) {
      int end = wordEnd(joined, i);
      flags.add(joined.substring(i, end));
      i = skipBlanks(joined, end);
    }
    String arguments = joined.substring(i);
    List<LineStart> shifted = new ArrayList<>();
    for (LineStart s : starts) {
      shifted.add(new LineStart(Math.max(0, s.offset() - i), s.line()));
    }
    List<Heredoc> heredocs = List.of();
    if (mayOpenHeredoc(keyword, arguments) && joined.contains("<<")) {
      heredocs = heredocs(joined, lineNo);
    }
    return new RawInstruction(keyword, flags, arguments, lineNo, shifted, heredocs);
  }

  private boolean mayOpenHeredoc(String keyword, String arguments) {
    String k = keyword.toUpperCase(Locale.ROOT);
    String args = arguments;
    if (k.equals("ONBUILD")) {
      int end = 0;
      while (end < args.length() && !isBlank(args.charAt(end))) {
        end++;
      }
      k = args.substring(0, end).toUpperCase(Locale.ROOT);
      args = stripLeading(args.substring(end));
      int flagsEnd = 0;
      while (args.startsWith("--", flagsEnd)) {
        flagsEnd = skipBlanks(args, wordEnd(args, flagsEnd));
      }
      args = args.substring(flagsEnd);
    }
    return HEREDOC_INSTRUCTIONS.contains(k) && Words.execForm(args) == null;
  }

  /** Reads the bodies of the heredocs the joined line opens, from the lines after it. */
  private List<Heredoc> heredocs(String joined, int lineNo) {
    List<Heredoc> out = new ArrayList<>();
    for (String word : Words.heredocWords(joined)) {
      Matcher m = HEREDOC.matcher(word);
      if (!m.matches() || m.group(3).isEmpty()) {
        continue;
      }
      String rest = m.group(3);
      String delimiter = Words.unquote(rest);
      if (delimiter == null || delimiter.isEmpty()) {
        continue;
      }
      boolean chomp = !m.group(2).isEmpty();
      boolean expand = Words.expandsHeredoc(rest);
      int bodyStart = next + 1;
      StringBuilder body = new StringBuilder();
      boolean terminated = false;
      while (next < lines.length) {
        String raw = lines[next++];
        String candidate = chomp ? stripLeadingTabs(raw) : raw;
        if (candidate.equals(delimiter)) {
          terminated = true;
          break;
        }
        body.append(chomp ? stripLeadingTabs(raw) : raw).append('\n');
      }
      if (!terminated) {
        error.accept(lineNo, "unterminated heredoc: <<" + (chomp ? "-" : "") + rest + " is never closed by a line "
            + delimiter + (chomp ? " (leading tabs allowed)" : " (alone on its line, without indentation)"));
        return out;
      }
      out.add(new Heredoc(delimiter, expand, chomp, body.toString(), new Source(file, bodyStart, "")));
    }
    return out;
  }

  /** The line without its escape-continuation, and whether the instruction ends here. */
  private Continued trimContinuation(String line) {
    int end = line.length();
    while (end > 0 && (line.charAt(end - 1) == ' ' || line.charAt(end - 1) == '\t')) {
      end--;
    }
    if (end == 0 || line.charAt(end - 1) != escape) {
      return new Continued(line, true);
    }
    // An escaped escape character (\\ at the end) does not continue the line.
    if (end >= 2 && line.charAt(end - 2) == escape) {
      return new Continued(line, true);
    }
    return new Continued(line.substring(0, end - 1), false);
  }

  private record Continued(String text, boolean ends) {}

  static boolean isComment(String line) {
    String s = stripLeading(line);
    return !s.isEmpty() && s.charAt(0) == '#';
  }

  private static String trimNewline(String s) {
    int end = s.length();
    while (end > 0 && (s.charAt(end - 1) == '\r' || s.charAt(end - 1) == '\n')) {
      end--;
    }
    return s.substring(0, end);
  }

  static String stripLeading(String s) {
    int i = 0;
    while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
      i++;
    }
    return s.substring(i);
  }

  private static String stripLeadingTabs(String s) {
    int i = 0;
    while (i < s.length() && s.charAt(i) == '\t') {
      i++;
    }
    return s.substring(i);
  }

  static boolean isBlank(char c) {
    return c == ' ' || c == '\t' || c == '\u000B' || c == '\f' || c == '\r';
  }

  static int skipBlanks(String s, int i) {
    while (i < s.length() && isBlank(s.charAt(i))) {
      i++;
    }
    return i;
  }

  /** The end of the word at {@code i}: the next blank outside quotes. */
  static int wordEnd(String s, int i) {
    char quote = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        }
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (isBlank(c)) {
        break;
      }
      i++;
    }
    return i;
  }
}
