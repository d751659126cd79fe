package dev.moat.input.tree;

import dev.moat.model.InputError;
import dev.moat.model.Source;
import java.util.ArrayList;
import java.util.List;

/** Collects what was wrong with one object while its reader goes on with the rest. */
public final class Problems {

  private final List<InputError> errors = new ArrayList<>();

  public void add(Source source, String message) {
    errors.add(new InputError(source, message));
  }

  public boolean isEmpty() {
    return errors.isEmpty();
  }

  public List<InputError> list() {
    return List.copyOf(errors);
  }

  /** A JSON pointer as a reader would write the field: /spec/containers/0/image -> spec.containers[0].image */
  public static String path(String pointer) {
    StringBuilder sb = new StringBuilder();
    for (String raw : pointer.split("/")) {
      if (raw.isEmpty()) {
        continue;
      }
      String token = raw.replace("~1", "/").replace("~0", "~");
      if (!token.isEmpty() && token.chars().allMatch(Character::isDigit)) {
        sb.append('[').append(token).append(']');
      } else if (token.contains(".") || token.contains("/")) {
        sb.append("[\"").append(token).append("\"]");
      } else {
        if (sb.length() > 0) {
          sb.append('.');
        }
        sb.append(token);
      }
    }
    return sb.length() == 0 ? "(document root)" : sb.toString();
  }
}
