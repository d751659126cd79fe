package dev.moat.input;

/**
 * A user as the engines take it (docker run --user, Compose user:, inspect Config.User, a
 * Dockerfile's USER): "user[:group]", where each part is a number or a name. Only the first colon
 * separates; whether a part is a UID or GID each reader decides, since the formats bound numbers
 * differently.
 *
 * @param user the part before the first colon (the whole text when there is none); may be empty
 * @param group the part after the first colon, or null when no group is given
 */
public record UserSpec(String user, String group) {

  /** Splits the text as written; trimming is the caller's choice. */
  public static UserSpec parse(String text) {
    int colon = text.indexOf(':');
    return colon < 0 ? new UserSpec(text, null) : new UserSpec(text.substring(0, colon), text.substring(colon + 1));
  }

  /**
   * A UID or GID as the engine resolves it without the image's /etc/passwd: up to ten digits (a
   * 32-bit id), or root, which is 0 in every image; null for any other name.
   */
  public static Long numericId(String part) {
    if (part.equals("root")) {
      return 0L;
    }
    if (part.isEmpty() || part.length() > 10 || !part.chars().allMatch(Character::isDigit)) {
      return null;
    }
    return Long.parseLong(part);
  }
}
