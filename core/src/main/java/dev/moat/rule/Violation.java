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

  public static Violation at(Source source, String format, Object... args) {
    return new Violation(source, args.length == 0 ? format : String.format(format, args), null);
  }

  public Violation withSeverity(Severity s) {
    return new Violation(source, message, s);
  }
}
