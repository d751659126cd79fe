package dev.moat.input.tree;

import java.util.Objects;

/**
 * A scalar as written. {@code plain} is true for unquoted YAML scalars and for JSON numbers,
 * booleans and null: only plain scalars may be read as booleans, numbers or null, which is how
 * both YAML and JSON tell {@code true} from {@code "true"}.
 *
 * <p>Whether it is a null is decided once, here: readers ask it for every field they look up.
 */
public final class ScalarNode implements Node {

  private final String text;
  private final boolean plain;
  private final int line;
  private final boolean nullValue;

  public ScalarNode(String text, boolean plain, int line) {
    this.text = Objects.requireNonNull(text, "text");
    this.plain = plain;
    this.line = line;
    this.nullValue = plain && YamlLoader.isNull(text);
  }

  public String text() {
    return text;
  }

  public boolean plain() {
    return plain;
  }

  @Override
  public int line() {
    return line;
  }

  /** A plain null, ~, empty value: the same as an absent field. */
  public boolean isNullValue() {
    return nullValue;
  }

  @Override
  public String describe() {
    if (!plain) {
      return "the string \"" + abbreviate(text) + "\"";
    }
    return text.isEmpty() ? "an empty value" : "\"" + abbreviate(text) + "\"";
  }

  private static String abbreviate(String s) {
    return s.length() <= 40 ? s : s.substring(0, 37) + "...";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ScalarNode s && plain == s.plain && line == s.line && text.equals(s.text);
  }

  @Override
  public int hashCode() {
    return Objects.hash(text, plain, line);
  }

  @Override
  public String toString() {
    return "ScalarNode[text=" + text + ", plain=" + plain + ", line=" + line + "]";
  }
}
