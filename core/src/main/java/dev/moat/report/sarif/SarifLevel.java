package dev.moat.report.sarif;

import dev.moat.rule.Severity;
import java.util.Locale;

/** Moat's four severities on SARIF's three result levels, plus GitHub's security-severity score. */
final class SarifLevel {

  private SarifLevel() {}

  static String of(Severity severity) {
    return switch (severity) {
      case CRITICAL, HIGH -> "error";
      case MEDIUM -> "warning";
      case LOW -> "note";
    };
  }

  /** A string ("9.5"), not a number: GitHub code scanning only reads it as a string. */
  static String securitySeverity(Severity severity) {
    return String.format(Locale.ROOT, "%.1f", severity.securityScore());
  }
}
