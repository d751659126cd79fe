package dev.moat.rule;

import java.util.Locale;

/**
 * How bad a finding is. The SARIF security-severity scores follow the convention GitHub reads
 * (CRITICAL >= 9.0, HIGH >= 7.0, MEDIUM >= 4.0, LOW > 0).
 */
public enum Severity {
  LOW(2.0),
  MEDIUM(5.5),
  HIGH(8.0),
  CRITICAL(9.5);

  private final double securityScore;

  Severity(double securityScore) {
    this.securityScore = securityScore;
  }

  public double securityScore() {
    return securityScore;
  }

  public boolean atLeast(Severity other) {
    return compareTo(other) >= 0;
  }

  /** Parses "high", "HIGH", "High". Throws IllegalArgumentException naming the choices. */
  public static Severity parse(String text) {
    try {
      return valueOf(text.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "unknown severity '" + text + "' (expected one of: low, medium, high, critical)", e);
    }
  }

  public String lower() {
    return name().toLowerCase(Locale.ROOT);
  }
}
