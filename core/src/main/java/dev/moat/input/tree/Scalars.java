package dev.moat.input.tree;

/**
 * How plain scalars read as booleans and integers. Kubernetes decodes YAML with YAML 1.1 rules
 * (go-yaml v2 behind sigs.k8s.io/yaml), so {@code yes}, {@code on} and {@code y} are booleans
 * there; kubectl accepts them, so Moat must read them the same way or it would miss a
 * {@code privileged: yes}. Quoted scalars are always strings.
 */
public enum Scalars {
  /** YAML 1.1 booleans, as Kubernetes reads manifests. */
  YAML_1_1,
  /** YAML 1.2 core schema / JSON: only true and false. */
  YAML_1_2;

  /** TRUE, FALSE, or null when the scalar is not a boolean under these rules. */
  public Boolean bool(ScalarNode s) {
    if (!s.plain()) {
      return null;
    }
    String t = s.text();
    switch (t) {
      case "true", "True", "TRUE" -> {
        return Boolean.TRUE;
      }
      case "false", "False", "FALSE" -> {
        return Boolean.FALSE;
      }
      default -> { }
    }
    if (this == YAML_1_1) {
      switch (t) {
        case "y", "Y", "yes", "Yes", "YES", "on", "On", "ON" -> {
          return Boolean.TRUE;
        }
        case "n", "N", "no", "No", "NO", "off", "Off", "OFF" -> {
          return Boolean.FALSE;
        }
        default -> { }
      }
    }
    return null;
  }

  /**
   * The integer value of a plain scalar, or null. YAML 1.1 reads integers as Go's strconv with base
   * 0 after dropping underscores, as go-yaml v2 does: 0x hex, 0o and leading-0 octal, 0b binary
   * ("hostPort: 010" is 8 to Kubernetes). YAML 1.2 and JSON read decimal only.
   */
  public Long integer(ScalarNode s) {
    if (!s.plain()) {
      return null;
    }
    String t = this == YAML_1_1 ? s.text().replace("_", "") : s.text();
    if (t.isEmpty()) {
      return null;
    }
    boolean negative = t.startsWith("-");
    String body = t.startsWith("-") || t.startsWith("+") ? t.substring(1) : t;
    int radix = 10;
    if (this == YAML_1_1 && body.length() > 1 && body.charAt(0) == '0') {
      char p = Character.toLowerCase(body.charAt(1));
      if (p == 'x' || p == 'o' || p == 'b') {
        radix = p == 'x' ? 16 : p == 'o' ? 8 : 2;
        body = body.substring(2);
      } else {
        radix = 8;
        body = body.substring(1);
      }
    }
    if (body.isEmpty()) {
      return null;
    }
    for (int i = 0; i < body.length(); i++) {
      if (Character.digit(body.charAt(i), radix) < 0) {
        return null;
      }
    }
    try {
      long v = Long.parseLong(body, radix);
      return negative ? -v : v;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  public boolean isNull(ScalarNode s) {
    return s.isNullValue();
  }
}
