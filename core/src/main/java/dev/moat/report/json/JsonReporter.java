package dev.moat.report.json;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.moat.model.InputError;
import dev.moat.model.ObjectRef;
import dev.moat.model.Source;
import dev.moat.report.FindingCounts;
import dev.moat.report.Reporter;
import dev.moat.result.Finding;
import dev.moat.result.Notice;
import dev.moat.result.Report;
import dev.moat.result.ScanStats;
import dev.moat.result.Target;
import dev.moat.rule.Layer;
import dev.moat.rule.Severity;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;

/**
 * Writes the report as JSON for scripts and dashboards. The shape is a public contract documented
 * in docs/json-report.md: add fields freely, but bump {@link #SCHEMA_VERSION} when a field is
 * removed, renamed or changes meaning. Every key is always present (null when it has no value) so
 * consumers need no existence checks.
 */
public final class JsonReporter implements Reporter {

  /** Major.minor of the JSON shape; the major part changes on breaking changes only. */
  public static final String SCHEMA_VERSION = "1.0";

  @Override
  public void write(Report report, Writer out) throws IOException {
    JsonGenerator json = StableJson.open(out);
    json.writeStartObject();
    json.writeStringField("schemaVersion", SCHEMA_VERSION);
    json.writeObjectFieldStart("tool");
    json.writeStringField("name", "moat");
    json.writeStringField("version", report.toolVersion());
    json.writeEndObject();
    json.writeStringField("standard", report.standard());
    writeSummary(json, report);
    writeFindings(json, report.findings());
    writeObjects(json, report.targets());
    writeErrors(json, report.errors());
    writeNotices(json, report.notices());
    JsonRules.writeField(json, report.rules());
    json.writeEndObject();
    StableJson.finish(json, out);
  }

  private static void writeSummary(JsonGenerator json, Report report) throws IOException {
    FindingCounts counts = FindingCounts.of(report);
    ScanStats stats = report.stats();
    json.writeObjectFieldStart("summary");
    json.writeNumberField("findings", counts.total());
    json.writeNumberField("suppressed", counts.suppressed());
    json.writeObjectFieldStart("bySeverity");
    for (Severity severity : FindingCounts.worstFirst()) {
      json.writeNumberField(severity.lower(), counts.count(severity));
    }
    json.writeEndObject();
    // Every layer, even at zero, so the object has the same keys in every report.
    json.writeObjectFieldStart("byLayer");
    for (Layer layer : Layer.values()) {
      json.writeNumberField(layer.name(), counts.count(layer));
    }
    json.writeEndObject();
    json.writeNumberField("files", stats.files());
    json.writeNumberField("documents", stats.documents());
    json.writeNumberField("objects", stats.workloads());
    json.writeNumberField("containers", stats.containers());
    json.writeObjectFieldStart("skipped");
    // ScanStats keeps skippedKinds in a TreeMap: sorted by kind.
    for (Map.Entry<String, Integer> e : stats.skippedKinds().entrySet()) {
      json.writeNumberField(e.getKey(), e.getValue());
    }
    json.writeEndObject();
    json.writeEndObject();
  }

  private static void writeFindings(JsonGenerator json, List<Finding> findings) throws IOException {
    json.writeArrayFieldStart("findings");
    for (Finding f : findings) {
      json.writeStartObject();
      json.writeStringField("ruleId", f.ruleId());
      json.writeStringField("severity", f.severity().lower());
      json.writeStringField("layer", f.layer().name());
      json.writeStringField("message", f.message());
      json.writeObjectFieldStart("location");
      json.writeStringField("file", f.location().file());
      json.writeNumberField("line", f.location().line());
      json.writeStringField("pointer", f.location().pointer());
      json.writeEndObject();
      writeObjectRef(json, f.object());
      json.writeStringField("container", f.container());
      json.writeStringField("control", f.control());
      json.writeBooleanField("suppressed", f.suppressed());
      json.writeStringField("suppressionReason", f.suppressionReason());
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  private static void writeObjectRef(JsonGenerator json, ObjectRef ref) throws IOException {
    if (ref == null) {
      json.writeNullField("object");
      return;
    }
    json.writeObjectFieldStart("object");
    json.writeStringField("kind", ref.kind());
    json.writeStringField("name", ref.name());
    json.writeStringField("namespace", ref.namespace());
    json.writeEndObject();
  }

  private static void writeObjects(JsonGenerator json, List<Target> targets) throws IOException {
    json.writeArrayFieldStart("objects");
    for (Target t : targets) {
      json.writeStartObject();
      json.writeStringField("kind", t.object().kind());
      json.writeStringField("name", t.object().name());
      json.writeStringField("namespace", t.object().namespace());
      writeFileLine(json, t.location());
      json.writeArrayFieldStart("containers");
      for (String container : t.containers()) {
        json.writeString(container);
      }
      json.writeEndArray();
      json.writeNumberField("findings", t.findings());
      json.writeNumberField("suppressed", t.suppressed());
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  private static void writeErrors(JsonGenerator json, List<InputError> errors) throws IOException {
    json.writeArrayFieldStart("errors");
    for (InputError e : errors) {
      writeMessage(json, e.source(), e.message());
    }
    json.writeEndArray();
  }

  private static void writeNotices(JsonGenerator json, List<Notice> notices) throws IOException {
    json.writeArrayFieldStart("notices");
    for (Notice n : notices) {
      writeMessage(json, n.source(), n.message());
    }
    json.writeEndArray();
  }

  private static void writeMessage(JsonGenerator json, Source source, String message) throws IOException {
    json.writeStartObject();
    writeFileLine(json, source);
    json.writeStringField("message", message);
    json.writeEndObject();
  }

  private static void writeFileLine(JsonGenerator json, Source source) throws IOException {
    json.writeObjectFieldStart("location");
    json.writeStringField("file", source.file());
    json.writeNumberField("line", source.line());
    json.writeEndObject();
  }
}
