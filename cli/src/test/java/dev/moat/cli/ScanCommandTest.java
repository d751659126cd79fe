package dev.moat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** moat scan as users call it: exit codes, formats, errors. */
class ScanCommandTest {

  static final String PRIVILEGED = """
      apiVersion: v1
      kind: Pod
      metadata:
        name: agent
      spec:
        containers:
          - name: agent
            image: agent:1.0
            securityContext:
              privileged: true
      """;

  static final String HARDENED = """
      apiVersion: v1
      kind: Pod
      metadata:
        name: api
      spec:
        hostUsers: false
        automountServiceAccountToken: false
        securityContext:
          runAsNonRoot: true
          runAsUser: 10001
          runAsGroup: 10001
          seccompProfile: {type: RuntimeDefault}
        containers:
          - name: api
            image: api:1.0@sha256:0000000000000000000000000000000000000000000000000000000000000000
            securityContext:
              allowPrivilegeEscalation: false
              readOnlyRootFilesystem: true
              capabilities: {drop: [ALL]}
            resources:
              limits: {memory: 128Mi, cpu: 100m}
      """;

  @TempDir
  Path dir;

  private Path write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
    return p;
  }

  @Test
  void findingsAtOrAboveTheThresholdExitWith3() throws IOException {
    Path f = write("pod.yaml", PRIVILEGED);
    CliRun run = CliRun.of("scan", f.toString());
    assertThat(run.exit()).isEqualTo(3);
    assertThat(run.out()).contains("privileged-container").contains("agent");
  }

  @Test
  void aHardenedPodIsClean() throws IOException {
    Path f = write("pod.yaml", HARDENED);
    CliRun run = CliRun.of("scan", f.toString(), "--fail-on", "low");
    assertThat(run.exit()).as(run.out()).isEqualTo(0);
  }

  @Test
  void failOnNoneNeverFailsOnFindings() throws IOException {
    Path f = write("pod.yaml", PRIVILEGED);
    assertThat(CliRun.of("scan", f.toString(), "--fail-on", "none").exit()).isEqualTo(0);
  }

  @Test
  void failOnIsAThreshold() throws IOException {
    Path f = write("pod.yaml", HARDENED.replace("readOnlyRootFilesystem: true", "readOnlyRootFilesystem: false"));
    assertThat(CliRun.of("scan", f.toString(), "--fail-on", "medium").exit()).isEqualTo(0);
    assertThat(CliRun.of("scan", f.toString(), "--fail-on", "LOW").exit()).isEqualTo(3);
  }

  @Test
  void badInputIsReportedWithFileAndLineAndTheRestIsStillScanned() throws IOException {
    Path bad = write("a-bad.yaml", "apiVersion: v1\nkind: Pod\nmetadata: {name: x}\nspec:\n  containers: [\n");
    Path typed = write("b-typed.yaml", PRIVILEGED.replace("privileged: true", "privileged: \"yes\""));
    Path good = write("c-good.yaml", PRIVILEGED);
    CliRun run = CliRun.of("scan", dir.toString(), "-f", "json");
    assertThat(run.exit()).isEqualTo(4);
    assertThat(run.out()).contains("a-bad.yaml").contains("b-typed.yaml")
        .contains("expected a boolean (true or false), found the string \\\"yes\\\"")
        .contains("privileged-container").contains(good.getFileName().toString());
    assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
    assertThat(bad).exists();
    assertThat(typed).exists();
  }

  @Test
  void aMissingPathIsAnInputError() {
    CliRun run = CliRun.of("scan", dir.resolve("nope.yaml").toString());
    assertThat(run.exit()).isEqualTo(4);
    assertThat(run.out()).contains("nope.yaml").contains("no such file or directory");
  }

  @Test
  void standardInputIsRead() {
    CliRun run = CliRun.withStdin(PRIVILEGED, "scan", "-");
    assertThat(run.exit()).isEqualTo(3);
    assertThat(run.out()).contains("privileged-container");
  }

  @Test
  void outputFileGetsTheReportAndStderrASummary() throws IOException {
    Path f = write("pod.yaml", PRIVILEGED);
    Path out = dir.resolve("report.sarif");
    CliRun run = CliRun.of("scan", f.toString(), "-f", "sarif", "-o", out.toString());
    assertThat(run.exit()).isEqualTo(3);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("report written to").contains("report.sarif");
    assertThat(Files.readString(out)).contains("\"version\": \"2.1.0\"").contains("privileged-container");
  }

  @Test
  void unknownRuleIsAUsageErrorWithASuggestion() throws IOException {
    Path f = write("pod.yaml", PRIVILEGED);
    CliRun run = CliRun.of("scan", f.toString(), "--disable", "privileged-contaner");
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("unknown rule 'privileged-contaner'").contains("did you mean 'privileged-container'");
  }

  @Test
  void enableRunsOnlyTheNamedRules() throws IOException {
    Path f = write("pod.yaml", PRIVILEGED);
    CliRun run = CliRun.of("scan", f.toString(), "-f", "json", "--enable", "privileged-container");
    assertThat(run.out()).contains("privileged-container").doesNotContain("\"runs-as-root\"");
  }

  @Test
  void disableRemovesARule() throws IOException {
    Path f = write("pod.yaml", PRIVILEGED);
    CliRun run = CliRun.of("scan", f.toString(), "--disable", "privileged-container", "--fail-on", "critical");
    assertThat(run.exit()).isEqualTo(0);
  }

  @Test
  void unknownFormatAndStandardAreUsageErrors() throws IOException {
    Path f = write("pod.yaml", PRIVILEGED);
    assertThat(CliRun.of("scan", f.toString(), "-f", "xml").err()).contains("unknown format 'xml'");
    assertThat(CliRun.of("scan", f.toString(), "-f", "xml").exit()).isEqualTo(2);
    CliRun std = CliRun.of("scan", f.toString(), "--standard", "cis");
    assertThat(std.exit()).isEqualTo(2);
    assertThat(std.err()).contains("pss-baseline, pss-restricted");
  }

  @Test
  void noPathIsAUsageError() {
    CliRun run = CliRun.of("scan");
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("PATH");
  }

  @Test
  void theStandardReportsItsControls() throws IOException {
    Path f = write("pod.yaml", PRIVILEGED);
    CliRun run = CliRun.of("scan", f.toString(), "--standard", "pss-baseline", "-f", "json");
    assertThat(run.exit()).isEqualTo(3);
    assertThat(run.out()).contains("pss-privileged").contains("PSS baseline: Privileged Containers")
        .doesNotContain("\"ruleId\": \"privileged-container\"");
  }

  @Test
  void suppressedFindingsNeverFailTheRun() throws IOException {
    Path f = write("pod.yaml", PRIVILEGED.replace("  name: agent\n",
        "  name: agent\n  annotations:\n    moat.dev/ignore: privileged-container\n    moat.dev/ignore-reason: lab only\n"));
    CliRun run = CliRun.of("scan", f.toString(), "-f", "json", "--fail-on", "critical");
    assertThat(run.exit()).isEqualTo(0);
    assertThat(run.out()).contains("\"suppressed\": true").contains("lab only");
  }

  @Test
  void excludingEveryRuleIsAUsageError() throws IOException {
    Path f = write("pod.yaml", PRIVILEGED);
    CliRun run = CliRun.of("scan", f.toString(), "--enable", "privileged-container", "--disable", "privileged-container");
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("no rule left to run");
  }

  @Test
  void emptyStandardInputFailsInsteadOfPassing() {
    CliRun run = CliRun.withStdin("", "scan", "-");
    assertThat(run.exit()).isEqualTo(4);
    assertThat(run.out()).contains("-: empty: no documents");
  }

  @Test
  void aFileNamedTwiceIsReadOnce() throws IOException {
    Path f = write("pod.yaml", PRIVILEGED);
    CliRun run = CliRun.of("scan", dir.toString(), f.toString(), dir.resolve(".").resolve("pod.yaml").toString(),
        "-f", "json", "--enable", "privileged-container");
    assertThat(run.out().split("\"ruleId\": \"privileged-container\"", -1)).hasSize(2);
  }

  @Test
  void aBinaryFileInADirectoryCannotHideFromTheScan() throws IOException {
    Files.write(dir.resolve("blob.yaml"), new byte[] {'k', 'i', 'n', 'd', 0, 0});
    write("pod.yaml", HARDENED);
    CliRun run = CliRun.of("scan", dir.toString());
    assertThat(run.exit()).isEqualTo(4);
    assertThat(run.out()).contains("blob.yaml: not a text file");
  }

  @Test
  void thePodSecurityStandardsJudgeOnlyKubernetesWorkloads() throws IOException {
    write("compose.yaml", "services:\n  web:\n    image: nginx:1.27\n    privileged: true\n    ports: [\"80:80\"]\n");
    write("pod.yaml", PRIVILEGED);
    CliRun run = CliRun.of("scan", dir.toString(), "--standard", "pss-baseline", "-f", "json");
    assertThat(run.out()).contains("\"ruleId\": \"pss-privileged\"").doesNotContain("compose.yaml\",\n        \"line\"")
        .contains("(outside pss-baseline)");
    assertThat(run.out().split("\"ruleId\": \"pss-", -1)).hasSize(2);
  }

  @Test
  void aForcedFormatThatFindsNothingIsAnError() throws IOException {
    Path f = write("compose.yaml", "services:\n  web:\n    image: nginx:1.27\n    privileged: true\n");
    CliRun run = CliRun.of("scan", "--input-format", "kubernetes", f.toString());
    assertThat(run.exit()).isEqualTo(4);
    assertThat(run.out()).contains("nothing that --input-format kubernetes reads was found");
  }

  @Test
  void aForcedFormatReadsOnlyFilesOfItsKindInADirectory() throws IOException {
    write("compose.yaml", "services:\n  web:\n    image: nginx:1.27\n    privileged: true\n");
    write("README.md", "# not configuration\n");
    write("deploy.sh", "echo hello\n");
    CliRun run = CliRun.of("scan", "--input-format", "compose", dir.toString(), "-f", "json");
    assertThat(run.out()).contains("\"ruleId\": \"privileged-container\"").doesNotContain("README.md")
        .doesNotContain("deploy.sh");
  }

  @Test
  void aDockerfileOnStandardInputIsRecognised() {
    CliRun run = CliRun.withStdin("FROM alpine:latest\nRUN apk add curl\n", "scan", "-", "-f", "json");
    assertThat(run.out()).contains("dockerfile-root-user").contains("dockerfile-unpinned-base");
  }

  @Test
  void installedDependenciesAndLookalikesAreNotConfiguration() throws IOException {
    write("node_modules/pkg/compose.yaml", "services:\n  x:\n    image: x\n    privileged: true\n");
    write("package.json", "{\"name\": \"app\", \"services\": {\"api\": \"http://localhost\"}}");
    write("pod.yaml", HARDENED);
    CliRun run = CliRun.of("scan", dir.toString(), "-f", "json", "--fail-on", "none");
    assertThat(run.exit()).isZero();
    assertThat(run.out()).doesNotContain("node_modules").doesNotContain("\"ruleId\": \"privileged-container\"");
  }

  @Test
  void aStandardSaysWhatItDidNotJudge() throws IOException {
    write("compose.yaml", "services:\n  web:\n    image: nginx:1.27\n    privileged: true\n");
    CliRun run = CliRun.of("scan", dir.toString(), "--standard", "pss-restricted");
    assertThat(run.out()).contains("pss-restricted judges Kubernetes pods and their templates only: 1 input was not judged");
  }

  @Test
  void filesPulledInByIncludeOrExtendsAreReadOnceWithTheirProject() throws IOException {
    write("compose.yaml", "include:\n  - inc/compose.yaml\nservices:\n  web:\n"
        + "    extends: {file: common/base.yaml, service: base}\n    image: web:1\n");
    write("inc/compose.yaml", "services:\n  included:\n    image: x:1\n    privileged: true\n");
    write("common/base.yaml", "services:\n  base:\n    image: base:1\n    read_only: true\n");
    CliRun run = CliRun.of("scan", dir.toString(), "-f", "json", "--enable", "privileged-container");
    assertThat(run.out().split("\"ruleId\": \"privileged-container\"", -1)).hasSize(2);
    assertThat(run.out()).contains("\"objects\": 2").doesNotContain("\"name\": \"base\"");
  }
}
