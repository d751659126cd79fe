package dev.moat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** --version, --help, moat rules and moat explain. */
class OtherCommandsTest {

  @Test
  void versionNamesTheTool() {
    CliRun run = CliRun.of("--version");
    assertThat(run.exit()).isZero();
    assertThat(run.out()).startsWith("moat ");
  }

  @Test
  void helpTeachesTheCommandsAndExitCodes() {
    CliRun root = CliRun.of("--help");
    assertThat(root.exit()).isZero();
    assertThat(root.out()).contains("scan").contains("rules").contains("explain").contains("Examples:");
    CliRun scan = CliRun.of("scan", "--help");
    assertThat(scan.out()).contains("--fail-on").contains("--standard").contains("Exit codes:")
        .contains("moat.dev/ignore");
  }

  @Test
  void unknownCommandIsAUsageError() {
    CliRun run = CliRun.of("scna");
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("unknown command 'scna'").contains("scan");
  }

  @Test
  void rulesListsTheCatalogue() {
    CliRun run = CliRun.of("rules");
    assertThat(run.exit()).isZero();
    assertThat(run.out()).contains("container-runtime-socket").contains("SEGMENTATION").contains("CRITICAL");
  }

  @Test
  void rulesMarkdownIsTheCommittedDocument() throws IOException {
    CliRun run = CliRun.of("rules", "--format", "markdown");
    assertThat(run.out()).isEqualTo(Files.readString(Path.of("../docs/rules.md")));
  }

  @Test
  void rulesOfAStandard() {
    CliRun run = CliRun.of("rules", "--standard", "pss-restricted", "--format", "json");
    assertThat(run.exit()).isZero();
    assertThat(run.out()).contains("pss-volume-types").contains("PSS restricted");
  }

  @Test
  void explainPrintsWhyAndHow() {
    CliRun run = CliRun.of("explain", "container-runtime-socket");
    assertThat(run.exit()).isZero();
    assertThat(run.out()).contains("How to fix:").contains("Segmentation").contains("CIS Docker 5.32");
  }

  @Test
  void explainSuggestsTheNearestRule() {
    CliRun run = CliRun.of("explain", "host-pid");
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("unknown rule 'host-pid'");
  }
}
