package dev.moat.report.sarif;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.moat.rule.RuleMeta;
import java.io.IOException;
import java.util.List;
import java.util.Locale;

/** Writes {@code tool.driver.rules}: every rule the run evaluated, so viewers can explain results. */
final class SarifRules {

  private final JsonGenerator json;

  SarifRules(JsonGenerator json) {
    this.json = json;
  }

  void write(List<RuleMeta> rules) throws IOException {
    json.writeArrayFieldStart("rules");
    for (RuleMeta rule : rules) {
      writeRule(rule);
    }
    json.writeEndArray();
  }

  private void writeRule(RuleMeta rule) throws IOException {
    json.writeStartObject();
    json.writeStringField("id", rule.id());
    json.writeStringField("name", camelCase(rule.id()));
    writeText("shortDescription", text(rule.summary()));
    // fullDescription must not be empty for some viewers; fall back to the summary.
    writeText("fullDescription", text(rule.description()).isBlank() ? text(rule.summary()) : rule.description());
    json.writeObjectFieldStart("help");
    json.writeStringField("text", helpText(rule));
    json.writeStringField("markdown", helpMarkdown(rule));
    json.writeEndObject();
    json.writeObjectFieldStart("defaultConfiguration");
    json.writeStringField("level", SarifLevel.of(rule.severity()));
    json.writeEndObject();
    json.writeObjectFieldStart("properties");
    json.writeArrayFieldStart("tags");
    json.writeString("security");
    json.writeString(rule.layer().name().toLowerCase(Locale.ROOT));
    json.writeEndArray();
    json.writeStringField("security-severity", SarifLevel.securitySeverity(rule.severity()));
    json.writeStringField("precision", "high");
    if (rule.control() != null) {
      json.writeStringField("control", rule.control());
    }
    json.writeEndObject();
    json.writeEndObject();
  }

  private void writeText(String field, String text) throws IOException {
    json.writeObjectFieldStart(field);
    json.writeStringField("text", text);
    json.writeEndObject();
  }

  private static String helpText(RuleMeta rule) {
    StringBuilder sb = new StringBuilder(text(rule.remediation()));
    if (!rule.references().isEmpty()) {
      sb.append("\n\nReferences:");
      rule.references().forEach(r -> sb.append("\n- ").append(r));
    }
    return sb.toString();
  }

  private static String helpMarkdown(RuleMeta rule) {
    StringBuilder sb = new StringBuilder(text(rule.remediation()));
    if (!rule.references().isEmpty()) {
      sb.append("\n\n**References**\n");
      rule.references().forEach(r -> sb.append("\n- ").append(r));
    }
    return sb.toString();
  }

  /** "privileged-container" becomes "PrivilegedContainer", the form SARIF examples use for names. */
  static String camelCase(String id) {
    StringBuilder sb = new StringBuilder(id.length());
    for (String part : id.split("-")) {
      if (!part.isEmpty()) {
        sb.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
      }
    }
    return sb.toString();
  }

  /** SARIF messages need a string; metadata of a standard's controls may leave fields out. */
  private static String text(String value) {
    return value == null ? "" : value;
  }
}
