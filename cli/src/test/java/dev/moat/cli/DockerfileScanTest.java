package dev.moat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** moat scan --dockerfile Dockerfile pod.yaml: the Dockerfile is checked and its USER joins the pod. */
class DockerfileScanTest {

  static final String POD = """
      apiVersion: v1
      kind: Pod
      metadata:
        name: web
      spec:
        containers:
          - name: web
            image: shop/web:1.4
      """;

  @TempDir
  Path dir;

  private String write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, text);
    return p.toString();
  }

  @Test
  void aRootImageMakesThePodRunAsRootAtTheDockerfileLine() throws IOException {
    String dockerfile = write("Dockerfile", """
        FROM node:20.11-bookworm AS build
        USER node
        RUN npm ci

        FROM node:20.11-bookworm-slim
        COPY --from=build /app /app
        USER root
        """);
    String pod = write("pod.yaml", POD);

    CliRun run = CliRun.of("scan", "--dockerfile", dockerfile, pod, "--fail-on", "medium",
        "--enable", "runs-as-root,dockerfile-root-user", "-f", "json");

    assertThat(run.exit()).as(run.out() + run.err()).isEqualTo(3);
    assertThat(run.out())
        .contains("\"message\": \"the image runs as root: the last USER of the final stage is root\"")
        .contains("\"message\": \"container 'web' runs as root: it sets no user, and the image's USER ("
            + dockerfile + ":7) is root\"")
        .contains("\"kind\": \"Pod\"");
    CliRun text = CliRun.of("scan", "--dockerfile", dockerfile, pod, "--enable", "runs-as-root", "--color", "never");
    assertThat(text.out()).contains(dockerfile + "\n  Pod web\n    MEDIUM    runs-as-root  line 7\n");
  }

  @Test
  void aNonRootImageLetsThePodPass() throws IOException {
    String dockerfile = write("Dockerfile", "FROM node:20.11-bookworm-slim\nUSER 10001:10001\n");
    String pod = write("pod.yaml", POD);

    CliRun run = CliRun.of("scan", "--dockerfile", dockerfile, pod, "--enable", "runs-as-root,dockerfile-root-user",
        "--fail-on", "low", "-f", "json");

    assertThat(run.exit()).as(run.out() + run.err()).isEqualTo(0);
    assertThat(run.out()).doesNotContain("\"ruleId\"");
  }

  @Test
  void withoutTheDockerfileTheImageUserIsUnknown() throws IOException {
    String pod = write("pod.yaml", POD);
    CliRun run = CliRun.of("scan", pod, "--enable", "runs-as-root", "--fail-on", "low", "--color", "never");
    assertThat(run.exit()).isEqualTo(3);
    assertThat(run.out()).contains("may run as root").contains("the image's USER decides");
  }

  @Test
  void aBrokenDockerfileIsAnInputErrorWithItsLineAndTheRestIsJudged() throws IOException {
    String dockerfile = write("Dockerfile", "FROM alpine:3.20\nRUN apk add curl &&\n    apk add jq\nUSER root\n");
    String pod = write("pod.yaml", POD);

    CliRun run = CliRun.of("scan", "--dockerfile", dockerfile, pod, "-f", "json");

    assertThat(run.exit()).isEqualTo(4);
    assertThat(run.out()).contains("unknown instruction 'apk' (does line 2 lack a line continuation \\\\ at its end?)")
        .contains("\"line\": 3").contains("\"ruleId\": \"runs-as-root\"");
    assertThat(run.err()).doesNotContain("Exception");
  }

  @Test
  void aMissingDockerfileIsAnInputError() throws IOException {
    String pod = write("pod.yaml", POD);
    CliRun run = CliRun.of("scan", "--dockerfile", dir.resolve("nope/Dockerfile").toString(), pod);
    assertThat(run.exit()).isEqualTo(4);
    assertThat(run.out()).contains("no such file or directory");
  }
}
