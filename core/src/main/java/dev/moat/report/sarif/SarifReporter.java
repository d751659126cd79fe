package dev.moat.report.sarif;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.moat.model.InputError;
import dev.moat.model.Source;
import dev.moat.report.Reporter;
import dev.moat.report.json.StableJson;
import dev.moat.result.Finding;
import dev.moat.result.Notice;
import dev.moat.result.Report;
import dev.moat.rule.RuleMeta;
import java.io.IOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes SARIF 2.1.0 for code-scanning services (GitHub, GitLab, Azure DevOps): one run, the
 * evaluated rules in {@code tool.driver.rules}, one result per finding, and input errors as tool
 * notifications so that an unreadable file is visible without posing as a finding.
 */
public final class SarifReporter implements Reporter {

  static final String SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json";
  static final String INFORMATION_URI = "https://github.com/moat-dev/moat";

  @Override
  public void write(Report report, Writer out) throws IOException {
    JsonGenerator json = StableJson.open(out);
    json.writeStartObject();
    json.writeStringField("$schema", SCHEMA_URI);
    json.writeStringField("version", "2.1.0");
    json.writeArrayFieldStart("runs");
    json.writeStartObject();
    writeTool(json, report);
    writeResults(json, report);
    writeInvocation(json, report.errors(), report.notices());
    json.writeEndObject();
    json.writeEndArray();
    json.writeEndObject();
    StableJson.finish(json, out);
  }

  private static void writeTool(JsonGenerator json, Report report) throws IOException {
    json.writeObjectFieldStart("tool");
    json.writeObjectFieldStart("driver");
    json.writeStringField("name", "moat");
    if (report.toolVersion() != null) {
      json.writeStringField("version", report.toolVersion());
    }
    json.writeStringField("informationUri", INFORMATION_URI);
    new SarifRules(json).write(report.rules());
    json.writeEndObject();
    json.writeEndObject();
  }

  // "results" is always written, empty or not: an absent array means "the tool did not run".
  private static void writeResults(JsonGenerator json, Report report) throws IOException {
    Map<String, Integer> ruleIndex = indexById(report.rules());
    SarifLocations locations = new SarifLocations(json);
    json.writeArrayFieldStart("results");
    for (Finding f : report.findings()) {
      json.writeStartObject();
      json.writeStringField("ruleId", f.ruleId());
      Integer index = ruleIndex.get(f.ruleId());
      if (index != null) {
        json.writeNumberField("ruleIndex", index);
      }
      json.writeStringField("level", SarifLevel.of(f.severity()));
      writeMessage(json, f.message());
      locations.write(f.location(), f.object());
      if (f.suppressed()) {
        writeSuppression(json, f.suppressionReason());
      }
      json.writeObjectFieldStart("properties");
      json.writeStringField("layer", f.layer().name());
      json.writeStringField("severity", f.severity().lower());
      if (f.container() != null) {
        json.writeStringField("container", f.container());
      }
      if (f.control() != null) {
        json.writeStringField("control", f.control());
      }
      json.writeEndObject();
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  private static Map<String, Integer> indexById(List<RuleMeta> rules) {
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < rules.size(); i++) {
      index.put(rules.get(i).id(), i);
    }
    return index;
  }

  private static void writeSuppression(JsonGenerator json, String reason) throws IOException {
    json.writeArrayFieldStart("suppressions");
    json.writeStartObject();
    // Moat's suppressions are annotations on the resource itself: "inSource" in SARIF's terms.
    json.writeStringField("kind", "inSource");
    if (reason != null) {
      json.writeStringField("justification", reason);
    }
    json.writeEndObject();
    json.writeEndArray();
  }

  /** Input errors (level error) and notices (level note) become notifications of the one invocation. */
  private static void writeInvocation(JsonGenerator json, List<InputError> errors, List<Notice> notices)
      throws IOException {
    json.writeArrayFieldStart("invocations");
    json.writeStartObject();
    // The scan itself completed; unreadable inputs are reported, not a failed execution.
    json.writeBooleanField("executionSuccessful", true);
    if (!errors.isEmpty() || !notices.isEmpty()) {
      SarifLocations locations = new SarifLocations(json);
      json.writeArrayFieldStart("toolExecutionNotifications");
      for (InputError e : errors) {
        writeNotification(json, locations, "error", e.source(), e.message());
      }
      for (Notice n : notices) {
        writeNotification(json, locations, "note", n.source(), n.message());
      }
      json.writeEndArray();
    }
    json.writeEndObject();
    json.writeEndArray();
  }

  private static void writeNotification(JsonGenerator json, SarifLocations locations, String level,
      Source source, String message) throws IOException {
    json.writeStartObject();
    json.writeStringField("level", level);
    writeMessage(json, message);
    locations.write(source, null);
    json.writeEndObject();
  }

  private static void writeMessage(JsonGenerator json, String text) throws IOException {
    json.writeObjectFieldStart("message");
    json.writeStringField("text", text);
    json.writeEndObject();
  }
}
