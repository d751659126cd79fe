package dev.moat.rules;

/**
 * The parts of an image reference: [registry[:port]/]path[:tag][@digest]. A colon counts as a tag
 * separator only after the last slash, so a registry port is never taken for a tag.
 */
record ImageReference(String name, String tag, String digest) {

  static ImageReference parse(String reference) {
    String rest = reference.trim();
    String digest = null;
    int at = rest.indexOf('@');
    if (at >= 0) {
      digest = rest.substring(at + 1);
      rest = rest.substring(0, at);
    }
    String tag = null;
    int colon = rest.lastIndexOf(':');
    if (colon > rest.lastIndexOf('/')) {
      tag = rest.substring(colon + 1);
      rest = rest.substring(0, colon);
    }
    return new ImageReference(rest, tag == null || tag.isEmpty() ? null : tag,
        digest == null || digest.isEmpty() ? null : digest);
  }
}
