package dev.moat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** moat scan --run "docker run ...", and command lines in scripts and units of a scanned directory. */
class ScanRunCommandTest {

  @TempDir
  Path dir;

  @Test
  void aPrivilegedContainerWithTheDockerSocketFailsTheRun() {
    CliRun run = CliRun.of("scan", "--run",
        "docker run --privileged -v /var/run/docker.sock:/var/run/docker.sock alpine", "--color", "never");
    assertThat(run.exit()).as(run.out() + run.err()).isEqualTo(3);
    assertThat(run.out())
        .contains("--run #1")
        .contains("docker run --run #1")
        .contains("privileged-container")
        .contains("container 'alpine' runs privileged")
        .contains("container-runtime-socket")
        .contains("container 'alpine' mounts /var/run/docker.sock (the docker.sock runtime API socket)");
  }

  @Test
  void findingsAreReportedInJsonWithTheirLine() {
    CliRun run = CliRun.of("scan", "-f", "json", "--run", "docker run --privileged alpine:3.20");
    assertThat(run.exit()).isEqualTo(3);
    assertThat(run.out()).contains("\"ruleId\": \"privileged-container\"").contains("\"file\": \"--run #1\"");
  }

  @Test
  void anUnterminatedQuoteExitsWith4AndSaysWhere() {
    CliRun run = CliRun.of("scan", "--color", "never", "--run", "docker run -e 'GREETING=hello alpine");
    assertThat(run.exit()).as(run.out() + run.err()).isEqualTo(4);
    assertThat(run.out()).contains("--run #1:1: unterminated single quote at column 15: nothing closes the ' opened there");
  }

  @Test
  void anUnknownFlagExitsWith4AndTheOtherInputsAreStillScanned() {
    CliRun run = CliRun.of("scan", "--color", "never", "--fail-on", "none",
        "--run", "docker run --privilegd alpine:3.20", "--run", "podman run --privileged alpine:3.20");
    assertThat(run.exit()).isEqualTo(4);
    assertThat(run.out())
        .contains("--run #1:1: docker run: unknown flag --privilegd at column 12: did you mean --privileged?")
        .contains("podman run --run #2")
        .contains("privileged-container");
  }

  @Test
  void aHardenedCommandIsClean() {
    CliRun run = CliRun.of("scan", "--fail-on", "low", "--run", "docker run --read-only --cap-drop ALL "
        + "--security-opt no-new-privileges --user 10001:10001 --memory 256m --cpus 0.5 --pids-limit 100 "
        + "registry.example.com/api@sha256:0000000000000000000000000000000000000000000000000000000000000000");
    assertThat(run.exit()).as(run.out()).isEqualTo(0);
  }

  @Test
  void scriptsAndUnitsInADirectoryAreRead() throws IOException {
    Files.writeString(dir.resolve("deploy.sh"), "#!/bin/sh\nIMAGE=registry.example.com/web:2.0\n"
        + "docker run -d --name web --pid=host \"$IMAGE\"\n");
    Files.writeString(dir.resolve("agent.service"), "[Service]\nExecStart=/usr/bin/podman run --rm --network host "
        + "quay.io/agent:1.0\n");
    Files.writeString(dir.resolve("build.sh"), "#!/bin/sh\nmake\n");
    CliRun run = CliRun.of("scan", "--color", "never", "--enable", "host-pid-namespace,host-network-namespace",
        dir.toString());
    assertThat(run.exit()).as(run.out()).isEqualTo(3);
    assertThat(run.out())
        .contains("deploy.sh")
        .contains("docker run web")
        .contains("line 3")
        .contains("shares the host's PID namespace")
        .contains("agent.service")
        .contains("shares the host's network namespace");
  }

  @Test
  void anUnknownValueIsANoticeNotAnError() {
    CliRun run = CliRun.of("scan", "--color", "never", "--fail-on", "none", "--run", "docker run --user $APP_UID app:1.0");
    assertThat(run.exit()).isEqualTo(0);
    assertThat(run.out()).contains("Notices (1)").contains("$APP_UID is not set in this file");
  }
}
