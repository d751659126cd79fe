package dev.moat.report.json;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.moat.rule.RuleMeta;
import java.io.IOException;
import java.util.List;

/**
 * Writes rule metadata as JSON objects: the "rules" array of a JSON report and the output of
 * {@code moat rules --format json} share this one shape.
 */
public final class JsonRules {

  private JsonRules() {}

  /** The "rules" field of a report: the metadata of every rule the run evaluated, fired or not. */
  static void writeField(JsonGenerator json, List<RuleMeta> rules) throws IOException {
    json.writeArrayFieldStart("rules");
    writeEach(json, rules);
    json.writeEndArray();
  }

  /** A document that is just the array of rules. */
  public static void writeArray(JsonGenerator json, List<RuleMeta> rules) throws IOException {
    json.writeStartArray();
    writeEach(json, rules);
    json.writeEndArray();
  }

  private static void writeEach(JsonGenerator json, List<RuleMeta> rules) throws IOException {
    for (RuleMeta rule : rules) {
      json.writeStartObject();
      json.writeStringField("id", rule.id());
      json.writeStringField("layer", rule.layer().name());
      json.writeStringField("severity", rule.severity().lower());
      json.writeStringField("summary", rule.summary());
      json.writeStringField("description", rule.description());
      json.writeStringField("remediation", rule.remediation());
      writeStrings(json, "references", rule.references());
      writeStrings(json, "aliases", rule.aliases());
      json.writeStringField("control", rule.control());
      json.writeEndObject();
    }
  }

  private static void writeStrings(JsonGenerator json, String name, List<String> values) throws IOException {
    json.writeArrayFieldStart(name);
    for (String value : values) {
      json.writeString(value);
    }
    json.writeEndArray();
  }
}
