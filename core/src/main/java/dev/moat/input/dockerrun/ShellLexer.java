package dev.moat.input.dockerrun;

import dev.moat.input.dockerrun.Word.Param;
import dev.moat.input.dockerrun.Word.Subst;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Splits shell text into tokens the way a POSIX shell (and bash) does before expansion: blanks
 * separate words; single quotes keep everything; double quotes keep everything but $, ` and \;
 * a backslash escapes the next character and backslash-newline joins lines; # starts a comment
 * only at the start of a word; $NAME, ${...}, $(...), $((...)) and `...` stay inside their word
 * as expansions; here-document bodies are skipped. bash's $'...' strings are decoded.
 *
 * <p>Positions are 1-based. A quote, ${, $( or ` that is never closed is an error at the place
 * where it was opened.
 *
 * <p>Word accumulation ({@link WordParts}), finding where a nested expansion ends
 * ({@link ExpansionEnds}) and $'...' decoding ({@link AnsiCQuote}) live apart; what stays here
 * shares one cursor with its line and column, so splitting it further would scatter that state.
 */
final class ShellLexer {

  private final String s;
  private final List<Token> out = new ArrayList<>();
  private final Deque<String[]> heredocs = new ArrayDeque<>(); // {delimiter, "-" when tabs are stripped}
  private int i;
  private int line;
  private int lineStart;
  private final int firstColumnOffset;

  private ShellLexer(String text, int firstLine, int firstColumn) {
    this.s = text;
    this.line = firstLine;
    this.firstColumnOffset = firstColumn - 1;
  }

  /**
   * The tokens of some text, and the error that stopped reading it, if any: the tokens before an
   * unterminated quote are kept, so the commands that end before it can still be read.
   */
  record Result(List<Token> tokens, InputSyntaxException error) {}

  /** Tokens of a whole script starting at line 1, column 1. */
  static Result lex(String text) {
    return lex(text, 1, 1);
  }

  /** Tokens of text that starts at the given line and column of its file (a sh -c string). */
  static Result lex(String text, int firstLine, int firstColumn) {
    ShellLexer lexer = new ShellLexer(text, firstLine, firstColumn);
    try {
      lexer.run();
      return new Result(lexer.out, null);
    } catch (InputSyntaxException e) {
      return new Result(lexer.out, e);
    }
  }

  private int column() {
    return i - lineStart + 1 + (lineStart == 0 ? firstColumnOffset : 0);
  }

  private char peek(int ahead) {
    int at = i + ahead;
    return at < s.length() ? s.charAt(at) : '\0';
  }

  private void advance() {
    if (s.charAt(i) == '\n') {
      line++;
      lineStart = i + 1;
    }
    i++;
  }

  private void run() {
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == ' ' || c == '\t' || c == '\r' || c == '\f') {
        advance();
      } else if (c == '\\' && peek(1) == '\n') {
        advance();
        advance();
      } else if (c == '\\' && peek(1) == '\r' && peek(2) == '\n') {
        advance();
        advance();
        advance();
      } else if (c == '\n') {
        out.add(new Token(Token.Kind.OPERATOR, "\n", null, line, column()));
        advance();
        readHeredocBodies();
      } else if (c == '#') {
        while (i < s.length() && s.charAt(i) != '\n') {
          i++;
        }
      } else if (isOperatorStart(c)) {
        readOperator(null);
      } else {
        Word w = readWord();
        if (w.isPlain() && !w.text().isEmpty() && w.text().chars().allMatch(Character::isDigit)
            && (peek(0) == '<' || peek(0) == '>')) {
          readOperator(w.text()); // an IO number: 2>&1, 3<file
        } else {
          out.add(Token.word(w));
        }
      }
    }
  }

  private static boolean isOperatorStart(char c) {
    return c == ';' || c == '&' || c == '|' || c == '(' || c == ')' || c == '<' || c == '>';
  }

  private static final String[] OPERATORS = {
      ";;&", ";;", ";&", ";", "&&", "&>>", "&>", "&", "||", "|&", "|", "(", ")",
      "<<<", "<<-", "<<", "<&", "<>", "<", ">>", ">&", ">|", ">"};

  private void readOperator(String ioNumber) {
    int line0 = line;
    int col0 = column();
    for (String op : OPERATORS) {
      if (s.startsWith(op, i)) {
        i += op.length();
        boolean redirect = op.startsWith("<") || op.startsWith(">") || op.startsWith("&>");
        String text = ioNumber == null ? op : ioNumber + op;
        out.add(new Token(redirect ? Token.Kind.REDIRECT : Token.Kind.OPERATOR, text, null, line0, col0));
        if (op.equals("<<") || op.equals("<<-")) {
          readHeredocDelimiter(op.equals("<<-"));
        }
        return;
      }
    }
    throw new IllegalStateException("not an operator at " + i);
  }

  /** After << or <<-: the delimiter word; its body starts after the end of this line. */
  private void readHeredocDelimiter(boolean stripTabs) {
    while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
      i++;
    }
    if (i >= s.length() || s.charAt(i) == '\n' || isOperatorStart(s.charAt(i))) {
      return; // a syntax error for the shell; nothing to skip
    }
    Word delimiter = readWord();
    out.add(Token.word(delimiter));
    heredocs.add(new String[] {delimiter.text(), stripTabs ? "-" : ""});
  }

  private void readHeredocBodies() {
    while (!heredocs.isEmpty()) {
      String[] doc = heredocs.poll();
      while (i < s.length()) {
        int end = s.indexOf('\n', i);
        String bodyLine = end < 0 ? s.substring(i) : s.substring(i, end);
        if (bodyLine.endsWith("\r")) {
          bodyLine = bodyLine.substring(0, bodyLine.length() - 1);
        }
        if (!doc[1].isEmpty()) {
          bodyLine = bodyLine.replaceFirst("^\t+", "");
        }
        if (end < 0) {
          i = s.length();
        } else {
          i = end;
          advance();
        }
        if (bodyLine.equals(doc[0])) {
          break;
        }
      }
    }
  }

  private Word readWord() {
    int start = i;
    int line0 = line;
    int col0 = column();
    WordParts parts = new WordParts();
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || isOperatorStart(c)) {
        break;
      }
      switch (c) {
        case '\\' -> {
          if (peek(1) == '\n') {
            advance();
            advance();
          } else if (peek(1) == '\r' && peek(2) == '\n') {
            advance();
            advance();
            advance();
          } else if (i + 1 < s.length()) {
            parts.text(s.charAt(i + 1), true);
            advance();
            advance();
          } else {
            parts.text('\\', false);
            advance();
          }
        }
        case '\'' -> readSingleQuoted(parts);
        case '"' -> readDoubleQuoted(parts);
        case '$' -> readDollar(parts, false);
        case '`' -> readBackquoted(parts, false);
        default -> {
          parts.text(c, false);
          advance();
        }
      }
    }
    return new Word(parts.finish(), s.substring(start, i), line0, col0);
  }

  private void readSingleQuoted(WordParts parts) {
    int line0 = line;
    int col0 = column();
    int close = s.indexOf('\'', i + 1);
    if (close < 0) {
      throw new InputSyntaxException("unterminated single quote", "nothing closes the ' opened there", line0, col0);
    }
    advance();
    StringBuilder text = new StringBuilder();
    while (i < close) {
      text.append(s.charAt(i));
      advance();
    }
    advance();
    if (text.length() == 0) {
      parts.emptyQuoted();
    } else {
      parts.text(text.toString(), true);
    }
  }

  private void readDoubleQuoted(WordParts parts) {
    int line0 = line;
    int col0 = column();
    advance();
    boolean any = false;
    while (true) {
      if (i >= s.length()) {
        throw new InputSyntaxException("unterminated double quote", "nothing closes the \" opened there", line0, col0);
      }
      char c = s.charAt(i);
      if (c == '"') {
        advance();
        break;
      }
      any = true;
      if (c == '\\') {
        char next = peek(1);
        if (next == '$' || next == '`' || next == '"' || next == '\\') {
          parts.text(next, true);
          advance();
          advance();
        } else if (next == '\n') {
          advance();
          advance();
        } else {
          parts.text('\\', true);
          advance();
        }
      } else if (c == '$') {
        readDollar(parts, true);
      } else if (c == '`') {
        readBackquoted(parts, true);
      } else {
        parts.text(c, true);
        advance();
      }
    }
    if (!any) {
      parts.emptyQuoted();
    }
  }

  private void readDollar(WordParts parts, boolean quoted) {
    int start = i;
    int line0 = line;
    int col0 = column();
    char next = peek(1);
    if (next == '{') {
      int end = ExpansionEnds.brace(s, i + 2);
      if (end < 0) {
        throw new InputSyntaxException("unterminated ${", "no } closes the ${ opened there", line0, col0);
      }
      moveTo(end + 1);
      String raw = s.substring(start, i);
      String inner = raw.substring(2, raw.length() - 1);
      int n = nameLength(inner);
      if (n > 0 && n == inner.length()) {
        parts.add(new Param(inner, raw, quoted, true));
      } else {
        parts.add(new Param(n > 0 ? inner.substring(0, n) : inner, raw, quoted, false));
      }
    } else if (next == '(') {
      boolean arithmetic = peek(2) == '(';
      int end = ExpansionEnds.paren(s, i + 2);
      if (end < 0) {
        throw new InputSyntaxException("unterminated " + (arithmetic ? "$((" : "$("),
            "no ) closes the " + (arithmetic ? "$((" : "$(") + " opened there", line0, col0);
      }
      moveTo(end + 1);
      parts.add(new Subst(s.substring(start, i), quoted));
    } else if (next == '\'' && !quoted) {
      readAnsiC(parts, line0, col0);
    } else if (next == '"' && !quoted) {
      advance(); // $"..." is a translated string: read it as a double-quoted one
      readDoubleQuoted(parts);
    } else if (Character.isLetter(next) || next == '_') {
      advance();
      int nameStart = i;
      while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '_')) {
        advance();
      }
      parts.add(new Param(s.substring(nameStart, i), s.substring(start, i), quoted, true));
    } else if (Character.isDigit(next) || "@*#?$!-".indexOf(next) >= 0 && next != '\0') {
      advance();
      advance();
      parts.add(new Param(String.valueOf(next), s.substring(start, i), quoted, false));
    } else {
      parts.text('$', quoted);
      advance();
    }
  }

  private void moveTo(int target) {
    while (i < target) {
      advance();
    }
  }

  private static int nameLength(String text) {
    if (text.isEmpty() || !(Character.isLetter(text.charAt(0)) || text.charAt(0) == '_')) {
      return 0;
    }
    int n = 1;
    while (n < text.length() && (Character.isLetterOrDigit(text.charAt(n)) || text.charAt(n) == '_')) {
      n++;
    }
    return n;
  }

  private void readBackquoted(WordParts parts, boolean quoted) {
    int start = i;
    int line0 = line;
    int col0 = column();
    int close = ExpansionEnds.backquote(s, i + 1);
    if (close < 0) {
      throw new InputSyntaxException("unterminated backquote", "nothing closes the ` opened there", line0, col0);
    }
    moveTo(close + 1);
    parts.add(new Subst(s.substring(start, i), quoted));
  }

  /** bash's $'...': decoded by {@link AnsiCQuote}; the lexer only moves past it. */
  private void readAnsiC(WordParts parts, int line0, int col0) {
    AnsiCQuote.Decoded decoded = AnsiCQuote.decode(s, i + 2);
    if (decoded == null) {
      throw new InputSyntaxException("unterminated $' string", "nothing closes the $' opened there", line0, col0);
    }
    moveTo(decoded.end());
    if (decoded.text().isEmpty()) {
      parts.emptyQuoted();
    } else {
      parts.text(decoded.text(), true);
    }
  }
}
