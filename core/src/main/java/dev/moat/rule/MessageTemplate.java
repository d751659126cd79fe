package dev.moat.rule;

/**
 * Fills rule messages: {@code %s} and {@code %d} take the next argument, {@code %%} is a percent
 * sign. Scans produce tens of thousands of messages and {@link String#format} re-parses its
 * pattern with a regular expression every time; rules need nothing more than this.
 */
final class MessageTemplate {

  private MessageTemplate() {}

  static String fill(String template, Object... args) {
    StringBuilder out = new StringBuilder(template.length() + 16 * args.length);
    int next = 0;
    int n = template.length();
    for (int i = 0; i < n; i++) {
      char c = template.charAt(i);
      if (c != '%') {
        out.append(c);
        continue;
      }
      if (i + 1 >= n) {
        throw new IllegalArgumentException("dangling % in message template: " + template);
      }
      char spec = template.charAt(++i);
      if (spec == '%') {
        out.append('%');
      } else if (spec == 's' || spec == 'd') {
        if (next >= args.length) {
          throw new IllegalArgumentException("too few arguments for message template: " + template);
        }
        out.append(args[next++]);
      } else {
        throw new IllegalArgumentException("message templates take only %s, %d and %%: " + template);
      }
    }
    if (next != args.length) {
      throw new IllegalArgumentException("too many arguments for message template: " + template);
    }
    return out.toString();
  }
}
