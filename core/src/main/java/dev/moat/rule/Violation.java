package dev.moat.rule;

import dev.moat.model.Source;
import java.util.Objects;

/**
 * One thing a rule found: where, what, and the severity when it differs from the rule's default
 * (a dangerous capability is CRITICAL for SYS_ADMIN, HIGH for NET_ADMIN).
 */
public record Violation(Source source, String message, Severity severity) {

  public Violation {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(message, "message");
  }

  /** A violation whose message fills {@code %s} and {@code %d} from the arguments. */
  public static Violation at(Source source, String template, Object... args) {
    String message = args.length == 0 && template.indexOf('%') < 0 ? template : MessageTemplate.fill(template, args);
    return new Violation(source, message, null);
  }

  public Violation withSeverity(Severity s) {
    return new Violation(source, message, s);
  }
}
