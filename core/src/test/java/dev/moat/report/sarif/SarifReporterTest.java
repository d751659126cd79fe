package dev.moat.report.sarif;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.moat.model.InputError;
import dev.moat.model.ObjectRef;
import dev.moat.model.Source;
import dev.moat.report.Golden;
import dev.moat.report.ReportFixture;
import dev.moat.result.Finding;
import dev.moat.result.Report;
import dev.moat.result.ScanStats;
import dev.moat.rule.Layer;
import dev.moat.rule.Severity;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SarifReporterTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Test
  void goldenFileIsValidSarif() {
    assertThat(SarifSchema.validate(Golden.read("expected.sarif"))).isEmpty();
  }

  @Test
  void currentOutputIsValidSarif() {
    assertThat(SarifSchema.validate(sarif(ReportFixture.report()))).isEmpty();
    assertThat(SarifSchema.validate(sarif(ReportFixture.clean()))).isEmpty();
  }

  @Test
  void schemaCheckIsNotVacuous() {
    String broken = sarif(ReportFixture.report()).replace("\"level\": \"error\"", "\"level\": \"fatal\"");
    assertThat(SarifSchema.validate(broken)).isNotEmpty();
  }

  @Test
  void reportWithoutFindingsStillHasEmptyResults() throws Exception {
    String out = sarif(ReportFixture.clean());
    assertThat(out).contains("\"results\": []");
    assertThat(MAPPER.readTree(out).at("/runs/0/results").isArray()).isTrue();
  }

  @Test
  void mapsSeveritiesToLevelsAndScores() throws Exception {
    JsonNode run = MAPPER.readTree(sarif(ReportFixture.report())).at("/runs/0");
    for (JsonNode result : run.get("results")) {
      String severity = result.at("/properties/severity").asText();
      String expected = switch (severity) {
        case "critical", "high" -> "error";
        case "medium" -> "warning";
        default -> "note";
      };
      assertThat(result.get("level").asText()).as(result.get("ruleId").asText()).isEqualTo(expected);
      JsonNode rule = run.at("/tool/driver/rules/" + result.get("ruleIndex").asInt());
      assertThat(rule.get("id").asText()).isEqualTo(result.get("ruleId").asText());
    }
    JsonNode privileged = run.at("/tool/driver/rules").findParents("id").stream()
        .filter(r -> r.get("id").asText().equals("privileged-container")).findFirst().orElseThrow();
    assertThat(privileged.at("/properties/security-severity").isTextual()).isTrue();
    assertThat(privileged.at("/properties/security-severity").asText()).isEqualTo("9.5");
  }

  @Test
  void suppressedFindingCarriesJustification() throws Exception {
    JsonNode results = MAPPER.readTree(sarif(ReportFixture.report())).at("/runs/0/results");
    JsonNode suppressed = results.findParents("suppressions").get(0);
    assertThat(suppressed.get("ruleId").asText()).isEqualTo("image-tag-mutable");
    assertThat(suppressed.at("/suppressions/0/kind").asText()).isEqualTo("inSource");
    assertThat(suppressed.at("/suppressions/0/justification").asText()).isEqualTo("pinned by the release pipeline");
  }

  @Test
  void inputErrorsBecomeNotificationsOfASuccessfulInvocation() throws Exception {
    JsonNode invocation = MAPPER.readTree(sarif(ReportFixture.report())).at("/runs/0/invocations/0");
    assertThat(invocation.get("executionSuccessful").asBoolean()).isTrue();
    JsonNode error = invocation.at("/toolExecutionNotifications/0");
    assertThat(error.get("level").asText()).isEqualTo("error");
    assertThat(error.at("/locations/0/physicalLocation/artifactLocation/uri").asText())
        .isEqualTo("deploy/broken.yaml");
    assertThat(error.at("/locations/0/physicalLocation/region/startLine").asInt()).isEqualTo(7);
  }

  @Test
  void stdinAndUnknownLinesStayValid() throws Exception {
    Finding fromStdin = new Finding("privileged-container", Severity.CRITICAL, Layer.FILTERING, "privileged",
        new Source("-", 0, ""), new ObjectRef("v1", "Pod", "p", null), "c", null, true, null);
    Finding fromNowhere = new Finding("privileged-container", Severity.CRITICAL, Layer.FILTERING, "privileged",
        Source.NONE, null, null, null, false, null);
    Report report = new Report("0", null, List.of(), List.of(fromStdin, fromNowhere), List.of(),
        List.of(new InputError(new Source("/abs/dir/bad file.yaml", 0, ""), "unreadable")), List.of(),
        new ScanStats(1, 1, 1, 1, Map.of()));
    String out = sarif(report);
    assertThat(SarifSchema.validate(out)).isEmpty();
    JsonNode run = MAPPER.readTree(out).at("/runs/0");
    JsonNode stdin = run.at("/results/1");
    assertThat(stdin.at("/locations/0/physicalLocation/artifactLocation/uri").asText()).isEqualTo("stdin");
    assertThat(stdin.at("/locations/0/physicalLocation/artifactLocation").has("uriBaseId")).isFalse();
    assertThat(stdin.at("/locations/0/physicalLocation/region/startLine").asInt()).isEqualTo(1);
    assertThat(stdin.has("ruleIndex")).isFalse();
    assertThat(stdin.at("/suppressions/0").has("justification")).isFalse();
    assertThat(run.at("/results/0").has("locations")).isFalse();
    assertThat(run.at("/invocations/0/toolExecutionNotifications/0/locations/0/physicalLocation/artifactLocation/uri")
        .asText()).isEqualTo("file:///abs/dir/bad%20file.yaml");
  }

  private static String sarif(Report report) {
    return Golden.render(new SarifReporter(), report);
  }
}
