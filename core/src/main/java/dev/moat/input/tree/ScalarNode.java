package dev.moat.input.tree;

/**
 * A scalar as written. {@code plain} is true for unquoted YAML scalars and for JSON numbers,
 * booleans and null: only plain scalars may be read as booleans, numbers or null, which is how
 * both YAML and JSON tell {@code true} from {@code "true"}.
 */
public record ScalarNode(String text, boolean plain, int line) implements Node {

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
}
