package dev.moat.report.junit;

/**
 * Makes arbitrary text legal in XML 1.0. Messages quote user input, and XML 1.0 forbids most
 * control characters outright (escaping does not help), so they become U+FFFD.
 */
final class XmlText {

  private XmlText() {}

  static String clean(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder sb = new StringBuilder(text.length());
    text.codePoints().forEach(cp -> sb.appendCodePoint(allowed(cp) ? cp : 0xFFFD));
    return sb.toString();
  }

  private static boolean allowed(int cp) {
    return cp == 0x9 || cp == 0xA || cp == 0xD
        || (cp >= 0x20 && cp <= 0xD7FF)
        || (cp >= 0xE000 && cp <= 0xFFFD)
        || (cp >= 0x10000 && cp <= 0x10FFFF);
  }
}
