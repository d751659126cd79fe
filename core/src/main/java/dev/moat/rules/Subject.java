package dev.moat.rules;

import dev.moat.model.Container;
import dev.moat.model.ContainerKind;
import dev.moat.model.Origin;
import dev.moat.model.Setting;

/** Shared wording for messages, so every rule names things the same way. */
final class Subject {

  private Subject() {}

  /** "container 'app'", "init container 'setup'", "ephemeral container 'debug'". */
  static String of(Container c) {
    String prefix = switch (c.kind()) {
      case INIT -> "init container";
      case EPHEMERAL -> "ephemeral container";
      case REGULAR -> "container";
    };
    return prefix + " '" + c.name() + "'";
  }

  static boolean isInit(Container c) {
    return c.kind() == ContainerKind.INIT;
  }

  /**
   * " (inherited from the pod securityContext)", " (from a legacy annotation)",
   * " (the image's USER, Dockerfile:9)" or "".
   */
  static String origin(Setting<?> s) {
    if (s.origin() == Origin.INHERITED) {
      return " (inherited from the pod securityContext)";
    }
    if (s.origin() == Origin.ANNOTATION) {
      return " (from a legacy annotation)";
    }
    if (s.origin() == Origin.IMAGE) {
      return " (the image's USER, " + s.source() + ")";
    }
    return "";
  }
}
