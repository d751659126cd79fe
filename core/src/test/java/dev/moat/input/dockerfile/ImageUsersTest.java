package dev.moat.input.dockerfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.moat.engine.Engine;
import dev.moat.engine.RuleSet;
import dev.moat.input.InputOptions;
import dev.moat.input.Inputs;
import dev.moat.input.ReadResult;
import dev.moat.input.ScanRequest;
import dev.moat.model.Container;
import dev.moat.model.Identity;
import dev.moat.model.Origin;
import dev.moat.model.Setting;
import dev.moat.model.Source;
import dev.moat.result.Finding;
import dev.moat.result.Report;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The image USER of --dockerfile files joined into the workloads scanned with them. */
class ImageUsersTest {

  @TempDir
  Path dir;

  private String write(String relative, String text) throws IOException {
    Path p = dir.resolve(relative);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
    return p.toString();
  }

  private static String pod(String securityContext, String... containers) {
    StringBuilder b = new StringBuilder("apiVersion: v1\nkind: Pod\nmetadata:\n  name: shop\nspec:\n  containers:\n");
    for (String c : containers) {
      String[] nameImage = c.split("=");
      b.append("    - name: ").append(nameImage[0]).append("\n      image: ").append(nameImage[1]).append('\n');
      if (!securityContext.isEmpty()) {
        b.append("      securityContext: ").append(securityContext).append('\n');
      }
    }
    return b.toString();
  }

  private static ReadResult read(List<String> paths, List<String> dockerfiles) {
    return new Inputs(InputOptions.DEFAULT, Map.of())
        .read(new ScanRequest(paths, List.of(), List.of(), dockerfiles, null), InputStream.nullInputStream());
  }

  private static Map<String, Identity> identities(ReadResult r) {
    return r.workloads().stream().flatMap(w -> w.containers().stream())
        .collect(Collectors.toMap(Container::name, c -> c.isolation().identity()));
  }

  private static List<Finding> runsAsRoot(ReadResult r) {
    Report report = new Engine(RuleSet.select(null, List.of("runs-as-root", "root-group"), List.of()), "test").run(r);
    return report.findings();
  }

  @Test
  void aNonRootImageUserMakesRunsAsRootPass() throws IOException {
    String df = write("Dockerfile", "FROM node:20 AS build\nUSER root\nFROM node:20-slim\nUSER 10001:10001\n");
    String pod = write("pod.yaml", pod("", "app=shop/app:1.0"));

    ReadResult r = read(List.of(pod), List.of(df));

    assertThat(r.errors()).isEmpty();
    Identity id = identities(r).get("app");
    assertThat(id.runAsUser().value()).isEqualTo(10001L);
    assertThat(id.runAsUser().origin()).isEqualTo(Origin.IMAGE);
    assertThat(id.runAsUser().source().file()).isEqualTo(df);
    assertThat(id.runAsUser().source().line()).isEqualTo(4);
    assertThat(id.runAsGroup().value()).isEqualTo(10001L);
    assertThat(runsAsRoot(r)).isEmpty();
  }

  @Test
  void aRootImageUserFiresAtTheDockerfileLine() throws IOException {
    String df = write("Dockerfile", "FROM alpine:3.20\nRUN apk add curl\nUSER root\n");
    String pod = write("pod.yaml", pod("", "app=shop/app:1.0"));

    List<Finding> findings = runsAsRoot(read(List.of(pod), List.of(df)));

    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo("runs-as-root");
      assertThat(f.severity().name()).isEqualTo("MEDIUM");
      assertThat(f.location().file()).isEqualTo(df);
      assertThat(f.location().line()).isEqualTo(3);
      assertThat(f.message()).isEqualTo("container 'app' runs as root: it sets no user, and the image's USER ("
          + df + ":3) is root");
      assertThat(f.object().display()).isEqualTo("Pod shop");
    });
  }

  @Test
  void aComposeProjectGivesTheDockerfileToTheServicesItBuilds() throws IOException {
    String df = write("web/Dockerfile", "FROM node:20-slim\nUSER root\n");
    String compose = write("compose.yaml", """
        services:
          web:
            build: ./web
          db:
            image: postgres:16.3
          cache:
            image: redis:7.2
            user: "999"
        """);

    ReadResult r = read(List.of(compose), List.of(df));

    assertThat(r.errors()).isEmpty();
    Map<String, Identity> ids = identities(r);
    assertThat(ids.get("web").runAsUser().value()).isZero();
    assertThat(ids.get("web").runAsUser().origin()).isEqualTo(Origin.IMAGE);
    assertThat(ids.get("db").runAsUser().isKnown()).as("postgres:16.3 is not built here").isFalse();
    assertThat(ids.get("cache").runAsUser().value()).isEqualTo(999L);
    assertThat(runsAsRoot(r)).extracting(f -> f.container() + " " + f.severity() + " " + f.location())
        .containsExactlyInAnyOrder("web MEDIUM " + df + ":2", "db LOW " + compose + ":4");
  }

  @Test
  void aComposeServiceTakesOnlyTheDockerfileItsBuildNames() throws IOException {
    String df = write("api/Dockerfile", "FROM alpine:3.20\nRUN true\nUSER root\n");
    write("web/Dockerfile", "FROM alpine:3.20\nUSER 1000\n");
    write("tools/Dockerfile.ci", "FROM alpine:3.20\nUSER root\n");
    String compose = write("compose.yaml", """
        services:
          api:
            build: ./api
          web:
            build: {context: ./web}
          ci:
            build: {context: tools, dockerfile: Dockerfile.ci}
          remote:
            build: https://github.com/example/api.git
        """);

    Map<String, Identity> ids = identities(read(List.of(compose), List.of(df)));

    assertThat(ids.get("api").runAsUser().value()).as("./api/Dockerfile is the one given").isZero();
    assertThat(ids.get("web").runAsUser().isKnown()).as("./web builds from web/Dockerfile, not given").isFalse();
    assertThat(ids.get("ci").runAsUser().isKnown()).as("tools/Dockerfile.ci is not given").isFalse();
    assertThat(ids.get("remote").runAsUser().isKnown()).as("a Git context names no local file").isFalse();

    String ci = dir.resolve("tools/Dockerfile.ci").toString();
    ids = identities(read(List.of(compose), List.of(ci)));
    assertThat(ids.get("ci").runAsUser().value()).as("context and dockerfile: name it").isZero();
    assertThat(ids.get("api").runAsUser().isKnown()).isFalse();
  }

  @Test
  void anEmptyImageUserIsRoot() throws IOException {
    String df = write("Dockerfile", "ARG UID=1000\nFROM alpine:3.20\nUSER $UID\n");
    ReadResult r = read(List.of(write("pod.yaml", pod("", "app=shop/app:1.0"))), List.of(df));

    assertThat(identities(r).get("app").runAsUser().value()).as("UID is empty in the stage").isZero();
    assertThat(runsAsRoot(r)).extracting(Finding::severity).extracting(Enum::name).containsExactly("MEDIUM");
  }

  @Test
  void aUserSetInTheWorkloadWins() throws IOException {
    String df = write("Dockerfile", "FROM alpine:3.20\nUSER root\n");
    String pod = write("pod.yaml", pod("{runAsUser: 1000}", "app=shop/app:1.0"));

    ReadResult r = read(List.of(pod), List.of(df));

    assertThat(identities(r).get("app").runAsUser().origin()).isEqualTo(Origin.EXPLICIT);
    assertThat(runsAsRoot(r)).isEmpty();
  }

  @Test
  void aNamedUserIsJoinedAsAName() throws IOException {
    String df = write("Dockerfile", "FROM node:20-slim\nUSER node:0\n");
    ReadResult r = read(List.of(write("pod.yaml", pod("", "app=shop/app:1.0"))), List.of(df));

    Identity id = identities(r).get("app");
    assertThat(id.runAsUser().isKnown()).isFalse();
    assertThat(id.userName().value()).isEqualTo("node");
    assertThat(id.userName().origin()).isEqualTo(Origin.IMAGE);
    assertThat(runsAsRoot(r)).extracting(Finding::ruleId, Finding::message).containsExactly(
        tuple("root-group",
            "container 'app' runs with group 0 (root) (the image's USER, " + df + ":2)"));
  }

  @Test
  void runAsNonRootWithARootImageIsNotRunAsRoot() throws IOException {
    String df = write("Dockerfile", "FROM alpine:3.20\nUSER 0\n");
    ReadResult r = read(List.of(write("pod.yaml", pod("{runAsNonRoot: true}", "app=shop/app:1.0"))), List.of(df));
    assertThat(runsAsRoot(r)).isEmpty(); // the kubelet refuses to start it
  }

  @Test
  void aDockerfileWithoutAKnownUserJoinsNothing() throws IOException {
    String pod = write("pod.yaml", pod("", "app=shop/app:1.0"));
    for (String text : List.of("FROM alpine:3.20\n", "FROM alpine:3.20\nARG UID\nUSER $UID\n")) {
      String df = write("Dockerfile", text);
      ReadResult r = read(List.of(pod), List.of(df));
      assertThat(identities(r).get("app").runAsUser().origin()).isEqualTo(Origin.UNSET);
      assertThat(runsAsRoot(r)).singleElement().satisfies(f -> {
        assertThat(f.severity().name()).isEqualTo("LOW");
        assertThat(f.message()).contains("the image's USER decides");
      });
    }
  }

  @Test
  void aDockerfileGivenAsAPathIsCheckedButNotJoined() throws IOException {
    String df = write("Dockerfile", "FROM alpine:3.20\nUSER root\n");
    ReadResult r = read(List.of(write("pod.yaml", pod("", "app=shop/app:1.0")), df), List.of());
    assertThat(r.dockerfiles()).hasSize(1);
    assertThat(identities(r).get("app").runAsUser().origin()).isEqualTo(Origin.UNSET);
  }

  @Test
  void oneDockerfileGoesToTheContainersItMatchesByNameWhenSomeDo() throws IOException {
    String df = write("api/Dockerfile", "FROM alpine:3.20\nUSER 10001\n");
    String pod = write("pod.yaml",
        pod("", "api=registry.example.com:5000/shop/api:1.4", "proxy=envoyproxy/envoy:v1.30"));
    String other = write("other.yaml", pod("", "worker=shop/worker:1.0").replace("name: shop", "name: jobs"));

    Map<String, Identity> ids = identities(read(List.of(pod, other), List.of(df)));

    assertThat(ids.get("api").runAsUser().value()).isEqualTo(10001L);
    assertThat(ids.get("proxy").runAsUser().isKnown()).as("a sidecar keeps its own image").isFalse();
    assertThat(ids.get("worker").runAsUser().value()).as("no container of that pod matches: all take it")
        .isEqualTo(10001L);
  }

  @Test
  void severalDockerfilesMatchByNameAndNeverGuess() throws IOException {
    String api = write("services/api/Dockerfile", "FROM alpine:3.20\nUSER 1001\n");
    String web = write("Dockerfile.web", "FROM nginx:1.27\nUSER 1002\n");
    String pod = write("pod.yaml", pod("", "api=shop/api:1", "frontend=shop/web:2", "worker=shop/worker:1"));

    Map<String, Identity> ids = identities(read(List.of(pod), List.of(api, web)));

    assertThat(ids.get("api").runAsUser().value()).as("by container name").isEqualTo(1001L);
    assertThat(ids.get("frontend").runAsUser().value()).as("by image name").isEqualTo(1002L);
    assertThat(ids.get("worker").runAsUser().isKnown()).as("no match: not guessed").isFalse();
  }

  @Test
  void theWithImageUserForms() {
    Identity none = new Identity(Setting.unset(Source.NONE), Setting.unset(Source.NONE), Setting.unset(Source.NONE),
        Setting.unset(Source.NONE));
    Source line9 = new Source("Dockerfile", 9, "");
    Function<String, Identity> join = u -> ImageUsers.withImageUser(none, Setting.explicit(u, line9));
    assertThat(join.apply("1000").runAsUser().value()).isEqualTo(1000L);
    assertThat(join.apply("1000").runAsGroup().isKnown()).isFalse();
    assertThat(join.apply("root").runAsUser().value()).isZero();
    assertThat(join.apply("0:0").runAsGroup().value()).isZero();
    assertThat(join.apply("app:staff")).satisfies(id -> {
      assertThat(id.userName().value()).isEqualTo("app");
      assertThat(id.runAsGroup().isKnown()).isFalse();
    });
  }
}
