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

  /** The integer value of a plain scalar (decimal, 0x hex, 0o octal, underscores), or null. */
  public Long integer(ScalarNode s) {
    if (!s.plain()) {
      return null;
    }
    String t = s.text().replace("_", "");
    if (t.isEmpty()) {
      return null;
    }
    try {
      boolean negative = t.startsWith("-");
      String body = t.startsWith("-") || t.startsWith("+") ? t.substring(1) : t;
      long v;
      if (body.startsWith("0x") || body.startsWith("0X")) {
        v = Long.parseLong(body.substring(2), 16);
      } else if (body.startsWith("0o")) {
        v = Long.parseLong(body.substring(2), 8);
      } else if (!body.isEmpty() && body.chars().allMatch(Character::isDigit)) {
        v = Long.parseLong(body);
      } else {
        return null;
      }
      return negative ? -v : v;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  public boolean isNull(ScalarNode s) {
    return s.plain() && YamlLoader.isNull(s.text());
  }
}
