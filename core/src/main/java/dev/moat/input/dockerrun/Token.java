package dev.moat.input.dockerrun;

/**
 * One token of a shell script: a word, a control operator (; &amp; &amp;&amp; || | ( ) ;; and the end of
 * a line), or a redirection operator, whose target is the next word.
 *
 * @param op the operator text for OPERATOR and REDIRECT ("\n" for the end of a line), else null
 * @param word the word for WORD, else null
 */
record Token(Kind kind, String op, Word word, int line, int column) {

  enum Kind { WORD, OPERATOR, REDIRECT }

  static Token word(Word w) {
    return new Token(Kind.WORD, null, w, w.line(), w.column());
  }

  boolean isWord() {
    return kind == Kind.WORD;
  }

  boolean isOperator(String text) {
    return kind == Kind.OPERATOR && op.equals(text);
  }
}
