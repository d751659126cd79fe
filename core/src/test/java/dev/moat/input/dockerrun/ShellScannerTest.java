package dev.moat.input.dockerrun;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Finding docker/podman run and create commands in shell scripts and systemd units. */
class ShellScannerTest {

  static List<CommandLine> commands(String script) {
    ShellScanner.Result r = ShellScanner.scan(script);
    assertThat(r.errors()).as("errors").isEmpty();
    return r.commands();
  }

  /** Each command as "engine sub args..." on the line where it starts. */
  static List<String> found(String script) {
    return commands(script).stream().map(ShellScannerTest::describe).toList();
  }

  static String describe(CommandLine c) {
    StringBuilder sb = new StringBuilder(c.start().line() + ": " + c.name());
    for (Arg a : c.args()) {
      sb.append(' ').append(a.text());
    }
    return sb.toString();
  }

  @Nested
  class Commands {

    @Test
    void findsRunAndCreateOfEveryEngineAndForm() {
      assertThat(found("""
          docker run a
          docker container run b
          docker create c
          docker container create d
          podman run e
          /usr/bin/podman container run f
          nerdctl run g
          docker ps
          docker-compose run web
          """)).containsExactly("1: docker run a", "2: docker run b", "3: docker create c", "4: docker create d",
          "5: podman run e", "6: podman run f", "7: nerdctl run g");
    }

    @Test
    void findsCommandsAfterOperatorsAndInsideCompoundCommands() {
      assertThat(found("""
          docker pull a && docker run a || echo failed; docker run b | tee log &
          if docker run c; then docker run d; else docker run e; fi
          for i in 1 2; do docker run f; done
          start() { docker run g; }
          case "$1" in up) docker run h ;; esac
          ( cd /srv && docker run i )
          ! docker run j
          """)).containsExactly("1: docker run a", "1: docker run b", "2: docker run c", "2: docker run d",
          "2: docker run e", "3: docker run f", "4: docker run g", "5: docker run h", "6: docker run i", "7: docker run j");
    }

    @Test
    void skipsWrappersThatRunTheRestAsACommand() {
      assertThat(found("""
          sudo docker run a
          sudo -u deploy -E docker run b
          exec docker run c
          env -i PATH=/usr/bin DOCKER_HOST=unix:///x docker run d
          nohup nice -n 10 timeout 60 docker run e
          time docker run f
          FOO=bar docker run g
          command docker run h
          command -v docker
          """)).containsExactly("1: docker run a", "2: docker run b", "3: docker run c", "4: docker run d",
          "5: docker run e", "6: docker run f", "7: docker run g", "8: docker run h");
    }

    @Test
    void skipsGlobalOptionsBeforeTheSubcommand() {
      assertThat(found("""
          docker -H tcp://10.0.0.5:2376 --tlsverify --context=prod run a
          docker --config /etc/docker-ci -D -l debug container run b
          podman --remote --connection prod --log-level=info run c
          podman --runtime /usr/bin/runsc run d
          """)).containsExactly("1: docker run a", "2: docker run b", "3: podman run c", "4: podman run d");
      CommandLine runsc = commands("podman --runtime /usr/bin/runsc run d").get(0);
      assertThat(runsc.runtime().value()).isEqualTo("/usr/bin/runsc");
    }

    @Test
    void redirectionsAreNotArguments() {
      assertThat(found("docker run -d a >/var/log/a.log 2>&1 </dev/null")).containsExactly("1: docker run -d a");
    }

    @Test
    void ignoresCommentsHereDocumentsEchoAndSubstitutions() {
      assertThat(found("""
          # docker run commented
          echo docker run echoed
          cat <<EOF
          docker run in-a-heredoc
          EOF
          id=$(docker run substituted)
          """)).isEmpty();
    }

    @Test
    void readsTheScriptOfShDashC() {
      assertThat(found("""
          sh -c 'docker run a'
          bash -ec "docker pull b && docker run b"
          ssh host 'docker run remote'
          """)).containsExactly("1: docker run a", "2: docker run b");
    }

    @Test
    void anUnterminatedQuoteKeepsTheCommandsBeforeIt() {
      ShellScanner.Result r = ShellScanner.scan("docker run a\ndocker run -e 'A=b c\ndocker run d\n");
      assertThat(r.commands()).extracting(ShellScannerTest::describe).containsExactly("1: docker run a");
      assertThat(r.errors()).singleElement().satisfies(e -> {
        assertThat(e.getMessage()).contains("unterminated single quote");
        assertThat(e.line()).isEqualTo(2);
      });
    }
  }

  @Nested
  class Variables {

    @Test
    void plainAssignmentsAreSubstituted() {
      assertThat(found("""
          IMAGE=registry.example.com/api
          TAG="1.4.2"
          export MEM=512m
          docker run -m $MEM "$IMAGE:$TAG"
          """)).containsExactly("4: docker run -m 512m registry.example.com/api:1.4.2");
    }

    @Test
    void unquotedVariablesAreSplitIntoWords() {
      assertThat(found("""
          OPTS="--read-only --cap-drop ALL"
          docker run $OPTS app
          docker run "$OPTS" app
          """)).containsExactly("2: docker run --read-only --cap-drop ALL app", "3: docker run --read-only --cap-drop ALL app");
      assertThat(commands("OPTS='--read-only --cap-drop ALL'\ndocker run \"$OPTS\" app").get(0).args()).hasSize(2);
    }

    @Test
    void unknownVariablesStayAsWrittenAndAreListed() {
      CommandLine c = commands("docker run -v $DATA_DIR:/data --name \"$NAME\" $IMAGE").get(0);
      assertThat(c.args()).extracting(Arg::text).containsExactly("-v", "$DATA_DIR:/data", "--name", "$NAME", "$IMAGE");
      assertThat(c.args().get(1).unknowns()).containsExactly("$DATA_DIR");
      assertThat(c.args().get(3).spread()).isFalse();
      assertThat(c.args().get(4).spread()).isTrue();
    }

    @Test
    void aVariableSetOnlyInABranchIsUnknownAfterIt() {
      assertThat(found("""
          MODE=safe
          if [ "$DEBUG" = 1 ]; then
            MODE=--privileged
            docker run $MODE inside
          fi
          docker run $MODE after
          """)).containsExactly("4: docker run --privileged inside", "6: docker run $MODE after");
    }

    @Test
    void aVariableSetInAFunctionIsUnknownOutsideIt() {
      assertThat(found("""
          IMAGE=app:1
          function deploy {
            IMAGE=app:2
            docker run $IMAGE
          }
          docker run $IMAGE
          """)).containsExactly("4: docker run app:2", "6: docker run $IMAGE");
    }

    @Test
    void defaultsAndCommandSubstitutionsAreNotGuessed() {
      CommandLine c = commands("docker run -u \"$(id -u):$(id -g)\" ${IMAGE:-nginx:1.27}").get(0);
      assertThat(c.args().get(1).unknowns()).containsExactly("$(id -u)", "$(id -g)");
      assertThat(c.args().get(2).text()).isEqualTo("${IMAGE:-nginx:1.27}");
    }

    @Test
    void anEngineNamedByAVariableIsStillRecognised() {
      assertThat(found("${DOCKER:-docker} run a\n$PODMAN_BIN run b")).containsExactly("1: docker run a", "2: podman run b");
    }
  }

  @Nested
  class Systemd {

    static final String UNIT = """
        [Unit]
        Description=web
        ExecStart=/usr/bin/docker run not-in-service-section

        [Service]
        Environment=IMAGE=nginx:1.27 "NAME=web"
        Environment=OPTS="--read-only --cap-drop ALL"
        ExecStartPre=-/usr/bin/docker rm -f web
        ExecStart=/usr/bin/docker run --name ${NAME} \\
          # a comment inside a continued line is skipped
          --memory 256m \\
          $OPTS $IMAGE
        ExecStartPost=!!/usr/bin/podman run --rm --name %n-check alpine:3.20 true ; /usr/bin/docker run probe
        """;

    @Test
    void readsExecLinesOfTheServiceSection() {
      ShellScanner.Result r = SystemdUnit.scan(UNIT);
      assertThat(r.errors()).isEmpty();
      assertThat(r.commands()).extracting(ShellScannerTest::describe).containsExactly(
          "9: docker run --name web --memory 256m --read-only --cap-drop ALL nginx:1.27",
          "13: podman run --rm --name %n-check alpine:3.20 true",
          "13: docker run probe");
    }

    @Test
    void continuedLinesKeepThePhysicalLineOfEachWord() {
      CommandLine c = SystemdUnit.scan(UNIT).commands().get(0);
      assertThat(c.args()).extracting(Arg::line).containsExactly(9, 9, 11, 11, 12, 12, 12, 12);
    }

    @Test
    void specifiersAreKeptAndUnknown() {
      Arg name = SystemdUnit.scan(UNIT).commands().get(1).args().get(2);
      assertThat(name.text()).isEqualTo("%n-check");
      assertThat(name.unknowns()).containsExactly("%n");
    }

    @Test
    void anUnterminatedQuoteIsAnErrorOnItsLine() {
      ShellScanner.Result r = SystemdUnit.scan("[Service]\nExecStart=/usr/bin/docker run -e \"A=b alpine\n");
      assertThat(r.errors()).singleElement().satisfies(e -> {
        assertThat(e.getMessage()).contains("unterminated double quote");
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.column()).isEqualTo(34);
      });
    }

    @Test
    void recognisesUnitsByTheirSections() {
      assertThat(SystemdUnit.looksLikeUnit("# comment\n[Unit]\nDescription=x\n")).isTrue();
      assertThat(SystemdUnit.looksLikeUnit("#!/bin/sh\ndocker run x\n")).isFalse();
    }
  }
}
