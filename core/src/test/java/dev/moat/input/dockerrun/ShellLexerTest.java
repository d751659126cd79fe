package dev.moat.input.dockerrun;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** POSIX shell tokenizing: quoting, escapes, continuations, comments, here-documents, errors. */
class ShellLexerTest {

  /** The words of the text with expansions kept as written, operators as themselves. */
  static List<String> tokens(String text) {
    ShellLexer.Result r = ShellLexer.lex(text);
    assertThat(r.error()).as("lexing error").isNull();
    return r.tokens().stream().map(t -> t.isWord() ? t.word().text() : t.op().equals("\n") ? "NL" : t.op()).toList();
  }

  static InputSyntaxException error(String text) {
    ShellLexer.Result r = ShellLexer.lex(text);
    assertThat(r.error()).as("lexing error").isNotNull();
    return r.error();
  }

  @Nested
  class Quoting {

    @Test
    void blanksSeparateWordsAndQuotesJoinThem() {
      assertThat(tokens("docker  run\t-e 'A=b c' \"x y\"z")).containsExactly("docker", "run", "-e", "A=b c", "x yz");
    }

    @Test
    void singleQuotesKeepEverythingLiterally() {
      assertThat(tokens("echo '$HOME \\n \"x\"'")).containsExactly("echo", "$HOME \\n \"x\"");
      Word w = ShellLexer.lex("'$HOME'").tokens().get(0).word();
      assertThat(w.isLiteral()).isTrue();
    }

    @Test
    void doubleQuotesEscapeOnlyDollarBackquoteQuoteAndBackslash() {
      assertThat(tokens("echo \"a\\$b \\\"c\\\" \\\\ \\n\"")).containsExactly("echo", "a$b \"c\" \\ \\n");
    }

    @Test
    void aBackslashOutsideQuotesEscapesTheNextCharacter() {
      assertThat(tokens("echo a\\ b \\$HOME \\'")).containsExactly("echo", "a b", "$HOME", "'");
    }

    @Test
    void emptyQuotesAreAnEmptyWord() {
      assertThat(tokens("docker run --user \"\" x ''")).containsExactly("docker", "run", "--user", "", "x", "");
    }

    @Test
    void ansiCStringsAreDecoded() {
      assertThat(tokens("echo $'a\\tb\\x41\\101\\''")).containsExactly("echo", "a\tbAA'");
    }

    @Test
    void expansionsStayInTheirWordAsWritten() {
      List<Token> t = ShellLexer.lex("x=${A:-b}$C$(date +%s)`id`\"$D\"$((1+2))").tokens();
      Word w = t.get(0).word();
      assertThat(w.text()).isEqualTo("x=${A:-b}$C$(date +%s)`id`$D$((1+2))");
      assertThat(w.parts()).hasSize(7);
      assertThat(w.parts().get(1)).isEqualTo(new Word.Param("A", "${A:-b}", false, false));
      assertThat(w.parts().get(2)).isEqualTo(new Word.Param("C", "$C", false, true));
      assertThat(w.parts().get(5)).isEqualTo(new Word.Param("D", "$D", true, true));
    }

    @Test
    void aCommandSubstitutionMayHoldQuotesParenthesesAndBlanks() {
      assertThat(tokens("v=\"$(echo \"a)b\" | tr a b)\" next")).containsExactly("v=$(echo \"a)b\" | tr a b)", "next");
    }
  }

  @Nested
  class Lines {

    @Test
    void backslashNewlineJoinsLinesInsideAndBetweenWords() {
      assertThat(tokens("docker run \\\n  --rm al\\\npine")).containsExactly("docker", "run", "--rm", "alpine");
    }

    @Test
    void crlfLineEndsWork() {
      assertThat(tokens("docker run \\\r\n  --rm x\r\necho")).containsExactly("docker", "run", "--rm", "x", "NL", "echo");
    }

    @Test
    void wordsKnowTheirPhysicalLineAndColumn() {
      List<Token> t = ShellLexer.lex("docker run \\\n   --privileged \\\n  x").tokens();
      assertThat(t.get(2).word().text()).isEqualTo("--privileged");
      assertThat(t.get(2).line()).isEqualTo(2);
      assertThat(t.get(2).column()).isEqualTo(4);
      assertThat(t.get(3).line()).isEqualTo(3);
    }

    @Test
    void aHashStartsACommentOnlyAtTheStartOfAWord() {
      assertThat(tokens("docker run a#b # the rest is ignored\necho x#")).containsExactly("docker", "run", "a#b", "NL", "echo", "x#");
    }

    @Test
    void operatorsSeparateCommands() {
      assertThat(tokens("a&&b||c;d|e&f")).containsExactly("a", "&&", "b", "||", "c", ";", "d", "|", "e", "&", "f");
      assertThat(tokens("case x in a) b;; esac")).containsExactly("case", "x", "in", "a", ")", "b", ";;", "esac");
    }

    @Test
    void redirectionsAreTokensOfTheirOwnWithTheirTarget() {
      List<Token> t = ShellLexer.lex("docker run x >/dev/null 2>&1 </dev/null").tokens();
      assertThat(t).extracting(Token::kind).containsExactly(Token.Kind.WORD, Token.Kind.WORD, Token.Kind.WORD,
          Token.Kind.REDIRECT, Token.Kind.WORD, Token.Kind.REDIRECT, Token.Kind.WORD, Token.Kind.REDIRECT, Token.Kind.WORD);
      assertThat(t.get(5).op()).isEqualTo("2>&");
    }

    @Test
    void hereDocumentBodiesAreSkipped() {
      String script = "cat <<EOF >x\ndocker run --privileged a\nEOF\ncat <<-'END'\n\tdocker run b\n\tEND\necho done";
      assertThat(tokens(script)).containsExactly("cat", "<<", "EOF", ">", "x", "NL", "cat", "<<-", "END", "NL", "echo", "done");
    }
  }

  @Nested
  class Errors {

    @Test
    void anUnterminatedSingleQuoteIsReportedWhereItOpens() {
      InputSyntaxException e = error("echo ok\ndocker run -e 'A=b alpine\necho");
      assertThat(e.getMessage()).contains("unterminated single quote");
      assertThat(e.line()).isEqualTo(2);
      assertThat(e.column()).isEqualTo(15);
    }

    @Test
    void anUnterminatedDoubleQuoteIsReportedWhereItOpens() {
      InputSyntaxException e = error("docker run --name \"web alpine");
      assertThat(e.getMessage()).contains("unterminated double quote");
      assertThat(e.line()).isEqualTo(1);
      assertThat(e.column()).isEqualTo(19);
    }

    @Test
    void unterminatedExpansionsAreErrorsToo() {
      assertThat(error("echo ${HOME").getMessage()).contains("unterminated ${");
      assertThat(error("echo $(date").getMessage()).contains("unterminated $(");
      assertThat(error("echo `date").getMessage()).contains("unterminated backquote");
    }

    @Test
    void theTokensBeforeAnErrorAreKept() {
      ShellLexer.Result r = ShellLexer.lex("docker run a\necho 'oops");
      assertThat(r.error()).isNotNull();
      assertThat(r.tokens()).extracting(t -> t.isWord() ? t.word().text() : t.op()).containsExactly("docker", "run", "a", "\n", "echo");
    }
  }
}
