package dev.moat.input.dockerrun;

import dev.moat.input.dockerrun.Word.Literal;
import dev.moat.input.dockerrun.Word.Part;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the container run/create commands of a shell script: splits its tokens into simple
 * commands at ; &amp; &amp;&amp; || | ( ) and line ends, drops redirections, steps over reserved words
 * (if, then, do, {, ...), records plain variable assignments, expands the words, and hands each
 * command to {@link Commands}. The text of sh -c / bash -c is read as a script in turn.
 * Command substitutions ($(...), `...`) are not searched.
 */
final class ShellScanner {

  /** What a script holds: its commands, and the syntax errors met (one per unreadable part). */
  record Result(List<CommandLine> commands, List<InputSyntaxException> errors) {}

  private static final Pattern ASSIGNMENT = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)(\\+?)=(.*)", Pattern.DOTALL);
  private static final Set<String> DECLARATIONS = Set.of("export", "readonly", "declare", "typeset", "local");
  private static final int MAX_NESTING = 8;

  private final Vars vars;
  private final List<CommandLine> commands;
  private final List<InputSyntaxException> errors;
  private final Deque<Character> frames = new ArrayDeque<>(); // B block, P parentheses, C case
  private final int nesting;

  private ShellScanner(Vars vars, List<CommandLine> commands, List<InputSyntaxException> errors, int nesting) {
    this.vars = vars;
    this.commands = commands;
    this.errors = errors;
    this.nesting = nesting;
  }

  static Result scan(String text) {
    List<CommandLine> commands = new ArrayList<>();
    List<InputSyntaxException> errors = new ArrayList<>();
    new ShellScanner(new Vars(), commands, errors, 0).scan(text, 1, 1);
    return new Result(commands, errors);
  }

  /** Reads the text of sh -c with the variables known at that point. */
  static void scanNested(Vars vars, Arg script, List<CommandLine> commands, List<InputSyntaxException> errors, int nesting) {
    if (nesting >= MAX_NESTING) {
      return;
    }
    new ShellScanner(vars, commands, errors, nesting + 1).scan(script.text(), script.line(), script.column() + 1);
  }

  private void scan(String text, int line, int column) {
    ShellLexer.Result lexed = ShellLexer.lex(text, line, column);
    List<Token> tokens = lexed.tokens();
    List<Token> command = new ArrayList<>();
    for (int k = 0; k < tokens.size(); k++) {
      Token t = tokens.get(k);
      if (t.kind() != Token.Kind.OPERATOR) {
        command.add(t);
        continue;
      }
      if (t.op().equals("(") && isArrayAssignment(command)) {
        Word w = command.get(command.size() - 1).word();
        command.remove(command.size() - 1);
        vars.assign(w.text().substring(0, w.text().indexOf('=')), null);
        while (k < tokens.size() && !tokens.get(k).isOperator(")")) {
          k++;
        }
        continue;
      }
      finish(command);
      command.clear();
      if (t.op().equals("(")) {
        open('P');
      } else if (t.op().equals(")")) {
        if (!frames.isEmpty() && frames.peek() == 'P') {
          close();
        }
      }
    }
    if (lexed.error() == null) {
      finish(command);
    } else {
      errors.add(lexed.error());
    }
  }

  private static boolean isArrayAssignment(List<Token> command) {
    if (command.isEmpty() || !command.get(command.size() - 1).isWord()) {
      return false;
    }
    Word w = command.get(command.size() - 1).word();
    return w.parts().size() == 1 && w.parts().get(0) instanceof Literal l && !l.quoted()
        && l.text().matches("[A-Za-z_][A-Za-z0-9_]*\\+?=");
  }

  private void open(char kind) {
    frames.push(kind);
    vars.push();
  }

  private void close() {
    if (!frames.isEmpty()) {
      frames.pop();
    }
    vars.pop();
  }

  private void finish(List<Token> tokens) {
    List<Word> words = new ArrayList<>();
    for (int k = 0; k < tokens.size(); k++) {
      Token t = tokens.get(k);
      if (t.kind() == Token.Kind.REDIRECT) {
        if (k + 1 < tokens.size() && tokens.get(k + 1).isWord()) {
          k++;
        }
      } else {
        words.add(t.word());
      }
    }
    int i = 0;
    while (i < words.size() && words.get(i).isPlain()) {
      String w = words.get(i).text();
      switch (w) {
        case "then", "do", "{" -> open('B');
        case "else" -> {
          close();
          open('B');
        }
        case "elif", "fi", "done", "}" -> close();
        case "esac" -> {
          while (!frames.isEmpty() && frames.peek() != 'C') {
            close();
          }
          close();
        }
        case "if", "while", "until", "!" -> { }
        case "case" -> {
          open('C');
          return;
        }
        case "for", "select" -> {
          return;
        }
        case "function" -> {
          if (words.get(words.size() - 1).isPlain() && words.get(words.size() - 1).text().equals("{")) {
            open('B'); // function name { on one line: the body's block starts here
          }
          return;
        }
        default -> {
          process(words.subList(i, words.size()));
          return;
        }
      }
      i++;
    }
    if (i < words.size()) {
      process(words.subList(i, words.size()));
    }
  }

  private void process(List<Word> words) {
    int i = 0;
    List<Word> assignments = new ArrayList<>();
    while (i < words.size() && assignment(words.get(i)) != null) {
      assignments.add(words.get(i));
      i++;
    }
    if (i == words.size()) {
      assignments.forEach(this::assign);
      return;
    }
    if (words.get(i).isPlain() && DECLARATIONS.contains(words.get(i).text())) {
      for (Word w : words.subList(i + 1, words.size())) {
        if (assignment(w) != null) {
          assign(w);
        }
      }
      return;
    }
    List<Arg> argv = new ArrayList<>();
    for (Word w : words.subList(i, words.size())) {
      argv.addAll(vars.expand(w));
    }
    Commands.Found found = Commands.find(argv);
    if (found.command() != null) {
      commands.add(found.command());
    } else if (found.shellScript() != null) {
      scanNested(vars, found.shellScript().get(0), commands, errors, nesting);
    }
  }

  /** The name of the variable a word assigns (NAME=value), or null when it is no assignment. */
  private static String assignment(Word w) {
    if (w.parts().isEmpty() || !(w.parts().get(0) instanceof Literal l) || l.quoted()) {
      return null;
    }
    Matcher m = ASSIGNMENT.matcher(l.text());
    return m.matches() ? m.group(1) : null;
  }

  private void assign(Word w) {
    Literal first = (Literal) w.parts().get(0);
    Matcher m = ASSIGNMENT.matcher(first.text());
    if (!m.matches()) {
      return;
    }
    String name = m.group(1);
    if (!m.group(2).isEmpty()) {
      vars.assign(name, null); // NAME+=value appends; Moat does not follow it
      return;
    }
    List<Part> value = new ArrayList<>();
    if (!m.group(3).isEmpty()) {
      value.add(new Literal(m.group(3), false));
    }
    value.addAll(w.parts().subList(1, w.parts().size()));
    vars.assign(name, vars.valueOf(value));
  }
}
