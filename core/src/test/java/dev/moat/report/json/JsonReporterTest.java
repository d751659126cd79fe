package dev.moat.report.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.moat.report.Golden;
import dev.moat.report.ReportFixture;
import dev.moat.result.Report;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class JsonReporterTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  /** The documentation of the format, at the repository root (tests run in core/). */
  private static final Path DOC = Path.of("..", "docs", "json-report.md");

  @Test
  void hasTheDocumentedTopLevelFields() throws IOException {
    JsonNode root = json(ReportFixture.report());
    assertThat(fieldNames(root)).containsExactly(
        "schemaVersion", "tool", "standard", "summary", "findings", "objects", "errors", "notices", "rules");
    assertThat(root.get("schemaVersion").asText()).isEqualTo(JsonReporter.SCHEMA_VERSION);
    assertThat(root.at("/tool/name").asText()).isEqualTo("moat");
    assertThat(root.at("/tool/version").asText()).isEqualTo(ReportFixture.VERSION);
    assertThat(root.get("standard").isNull()).isTrue();
    assertThat(json(ReportFixture.report("pss-restricted")).get("standard").asText()).isEqualTo("pss-restricted");
  }

  @Test
  void summaryCountsUnsuppressedFindings() throws IOException {
    JsonNode summary = json(ReportFixture.report()).get("summary");
    assertThat(fieldNames(summary)).containsExactly("findings", "suppressed", "bySeverity", "byLayer", "files",
        "documents", "objects", "containers", "skipped");
    assertThat(summary.get("findings").asInt()).isEqualTo(4);
    assertThat(summary.get("suppressed").asInt()).isEqualTo(1);
    assertThat(fieldNames(summary.get("bySeverity"))).containsExactly("critical", "high", "medium", "low");
    assertThat(summary.at("/bySeverity/high").asInt()).isEqualTo(2);
    assertThat(fieldNames(summary.get("byLayer")))
        .containsExactly("SEGMENTATION", "FILTERING", "PRIVILEGE", "HOST", "SUPPLY_CHAIN");
    assertThat(summary.at("/byLayer/SUPPLY_CHAIN").asInt()).isZero();
    assertThat(fieldNames(summary.get("skipped"))).containsExactly("ConfigMap", "Service");
  }

  @Test
  void findingsCarryEveryFieldEvenWhenNull() throws IOException {
    JsonNode findings = json(ReportFixture.report()).get("findings");
    assertThat(findings).hasSize(5);
    for (JsonNode f : findings) {
      assertThat(fieldNames(f)).containsExactly("ruleId", "severity", "layer", "message", "location", "object",
          "container", "control", "suppressed", "suppressionReason");
      assertThat(fieldNames(f.get("location"))).containsExactly("file", "line", "pointer");
      assertThat(fieldNames(f.get("object"))).containsExactly("kind", "name", "namespace");
    }
    JsonNode hostPid = findings.get(2);
    assertThat(hostPid.get("ruleId").asText()).isEqualTo("host-pid-namespace");
    assertThat(hostPid.get("severity").asText()).isEqualTo("high");
    assertThat(hostPid.get("layer").asText()).isEqualTo("SEGMENTATION");
    assertThat(hostPid.get("container").isNull()).isTrue();
    JsonNode suppressed = findings.get(4);
    assertThat(suppressed.get("suppressed").asBoolean()).isTrue();
    assertThat(suppressed.get("suppressionReason").asText()).isEqualTo("pinned by the release pipeline");
  }

  @Test
  void objectsErrorsNoticesAndRules() throws IOException {
    JsonNode root = json(ReportFixture.report());
    assertThat(root.get("objects")).hasSize(4);
    assertThat(fieldNames(root.at("/objects/0")))
        .containsExactly("kind", "name", "namespace", "location", "containers", "findings", "suppressed");
    assertThat(fieldNames(root.at("/errors/0"))).containsExactly("location", "message");
    assertThat(fieldNames(root.at("/errors/0/location"))).containsExactly("file", "line");
    assertThat(fieldNames(root.at("/notices/0"))).containsExactly("location", "message");
    assertThat(fieldNames(root.at("/rules/0"))).containsExactly("id", "layer", "severity", "summary", "description",
        "remediation", "references", "aliases", "control");
  }

  @Test
  void emptyReportHasEmptyArrays() throws IOException {
    String out = Golden.render(new JsonReporter(), ReportFixture.clean());
    assertThat(out).contains("\"findings\": []", "\"errors\": []", "\"notices\": []");
    assertThat(MAPPER.readTree(out).at("/summary/findings").asInt()).isZero();
  }

  @Test
  void everyFieldIsDocumented() throws IOException {
    String doc = Files.readString(DOC, StandardCharsets.UTF_8);
    Set<String> names = new TreeSet<>();
    collectFieldNames(json(ReportFixture.report()), names);
    // Keys of "skipped" are object kinds, data rather than schema.
    names.removeAll(List.of("ConfigMap", "Service"));
    for (String name : names) {
      assertThat(doc).as("docs/json-report.md documents `%s`", name).contains("`" + name + "`");
    }
    assertThat(doc).contains("`" + JsonReporter.SCHEMA_VERSION + "`");
  }

  private static JsonNode json(Report report) throws IOException {
    return MAPPER.readTree(Golden.render(new JsonReporter(), report));
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      names.add(it.next());
    }
    return names;
  }

  private static void collectFieldNames(JsonNode node, Set<String> names) {
    if (node.isObject()) {
      node.properties().forEach(e -> {
        names.add(e.getKey());
        collectFieldNames(e.getValue(), names);
      });
    } else if (node.isArray()) {
      node.forEach(child -> collectFieldNames(child, names));
    }
  }
}
