package dev.moat.report.sarif;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A file name as SARIF wants it: a URI reference with forward slashes, relative ones resolved
 * against {@code %SRCROOT%} so code-scanning UIs can map them onto the repository.
 *
 * @param baseId the uriBaseId, or null for absolute URIs and for standard input
 */
record ArtifactUri(String uri, String baseId) {

  static final String SRCROOT = "%SRCROOT%";

  /** Empty for facts that come from no file at all. */
  static Optional<ArtifactUri> of(String file) {
    if (file.isEmpty()) {
      return Optional.empty();
    }
    if (file.equals("-")) {
      // There is no file to link to; a bare name is still a valid relative reference.
      return Optional.of(new ArtifactUri("stdin", null));
    }
    String path = file.replace('\\', '/');
    if (isDrivePath(path)) {
      return Optional.of(new ArtifactUri("file:///" + path.substring(0, 2) + encode(path.substring(2)), null));
    }
    if (path.startsWith("/")) {
      return Optional.of(new ArtifactUri("file://" + encode(path), null));
    }
    while (path.startsWith("./")) {
      path = path.substring(2);
    }
    return Optional.of(new ArtifactUri(encode(path), SRCROOT));
  }

  private static boolean isDrivePath(String path) {
    return path.length() >= 3 && Character.isLetter(path.charAt(0)) && path.charAt(1) == ':'
        && path.charAt(2) == '/';
  }

  /**
   * Percent-encodes everything but unreserved characters and '/'. Encoding ':' too keeps a relative
   * name such as "a:b.yaml" from being read as a URI with scheme "a".
   */
  private static String encode(String path) {
    StringBuilder sb = new StringBuilder(path.length());
    for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xff);
      if (isUnreserved(c) || c == '/') {
        sb.append(c);
      } else {
        sb.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
      }
    }
    return sb.toString();
  }

  private static boolean isUnreserved(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
        || c == '-' || c == '.' || c == '_' || c == '~';
  }
}
