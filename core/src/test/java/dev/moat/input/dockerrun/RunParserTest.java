package dev.moat.input.dockerrun;

import static org.assertj.core.api.Assertions.assertThat;

import dev.moat.input.dockerrun.RunParser.Parsed;
import dev.moat.input.dockerrun.RunParser.Use;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The flag grammar of docker/podman run and create (spf13/pflag, interspersed arguments off). */
class RunParserTest {

  /** Arguments as a shell would pass them: split at blanks, each at its own column of line 1. */
  static List<Arg> args(String line) {
    List<Arg> out = new ArrayList<>();
    int column = 1;
    for (String word : line.split(" ")) {
      out.add(Arg.known(word, 1, column));
      column += word.length() + 1;
    }
    return out;
  }

  static Parsed docker(String line) {
    return RunParser.parse(Engine.DOCKER, false, args(line));
  }

  static Parsed podman(String line) {
    return RunParser.parse(Engine.PODMAN, false, args(line));
  }

  /** "name=value" for every option, in order. */
  static List<String> uses(Parsed p) {
    return p.uses().stream().map(u -> u.name() + "=" + u.value()).toList();
  }

  static InputSyntaxException failure(Engine engine, boolean create, String line) {
    try {
      RunParser.parse(engine, create, args(line));
    } catch (InputSyntaxException e) {
      return e;
    }
    throw new AssertionError("expected an error for: " + line);
  }

  @Nested
  class LongFlags {

    @Test
    void valuesFollowAnEqualsSignOrComeAsTheNextArgument() {
      Parsed p = docker("--name=web --network host --user=1000:1000 nginx:1.27");
      assertThat(uses(p)).containsExactly("name=web", "network=host", "user=1000:1000");
      assertThat(p.image().text()).isEqualTo("nginx:1.27");
    }

    @Test
    void aValueMayItselfStartWithADashOrHoldEqualsSigns() {
      Parsed p = docker("--entrypoint -x -e A=b=c --label=k=v img");
      assertThat(uses(p)).containsExactly("entrypoint=-x", "env=A=b=c", "label=k=v");
    }

    @Test
    void switchesTakeNoValueButAcceptEqualsTrueOrFalse() {
      Parsed p = docker("--rm --privileged=false --read-only=1 --init=True img false");
      assertThat(uses(p)).containsExactly("rm=true", "privileged=false", "read-only=1", "init=True");
      assertThat(p.image().text()).isEqualTo("img");
      assertThat(p.command()).extracting(Arg::text).containsExactly("false");
    }

    @Test
    void aSwitchNeverTakesTheNextArgument() {
      Parsed p = docker("--privileged false");
      assertThat(uses(p)).containsExactly("privileged=true");
      assertThat(p.image().text()).isEqualTo("false");
    }

    @Test
    void aliasesMapToOneOption() {
      Parsed p = docker("--net host --net-alias web --dns-opt ndots:1 img");
      assertThat(uses(p)).containsExactly("network=host", "network-alias=web", "dns-option=ndots:1");
      assertThat(p.uses().get(0).written()).isEqualTo("--net");
    }

    @Test
    void repeatedOptionsAreAllKept() {
      Parsed p = docker("-v /a:/a -v /b:/b --cap-add NET_ADMIN --cap-add SYS_TIME img");
      assertThat(p.all("volume")).hasSize(2);
      assertThat(p.all("cap-add")).extracting(Use::value).containsExactly("NET_ADMIN", "SYS_TIME");
      assertThat(p.last("volume").value()).isEqualTo("/b:/b");
    }
  }

  @Nested
  class ShortFlags {

    @Test
    void switchesCombine() {
      Parsed p = docker("-itd --rm alpine sh");
      assertThat(uses(p)).containsExactly("interactive=true", "tty=true", "detach=true", "rm=true");
      assertThat(p.image().text()).isEqualTo("alpine");
    }

    @Test
    void theLastLetterOfAGroupTakesTheRestOrTheNextArgument() {
      assertThat(uses(docker("-itp8080:80 img"))).containsExactly("interactive=true", "tty=true", "publish=8080:80");
      assertThat(uses(docker("-itp 8080:80 img"))).containsExactly("interactive=true", "tty=true", "publish=8080:80");
      assertThat(uses(docker("-uroot img"))).containsExactly("user=root");
    }

    @Test
    void anEqualsSignAfterTheLetterGivesTheValue() {
      assertThat(uses(docker("-e=A=b -u=0 -i=false img"))).containsExactly("env=A=b", "user=0", "interactive=false");
    }

    @Test
    void theOneLetterFormsOfDocker() {
      Parsed p = docker("-a stdout -c 512 -e A=1 -h host -l k=v -m 1g -p 80:80 -P -q -u 1 -v /x:/y -w /app -d -t -i img");
      assertThat(p.uses()).extracting(Use::name).containsExactly("attach", "cpu-shares", "env", "hostname", "label",
          "memory", "publish", "publish-all", "quiet", "user", "volume", "workdir", "detach", "tty", "interactive");
    }
  }

  @Nested
  class EndOfOptions {

    @Test
    void theFirstArgumentThatIsNoOptionIsTheImageAndTheRestIsTheCommand() {
      Parsed p = docker("--rm alpine:3.20 --privileged -v /:/host");
      assertThat(uses(p)).containsExactly("rm=true");
      assertThat(p.image().text()).isEqualTo("alpine:3.20");
      assertThat(p.command()).extracting(Arg::text).containsExactly("--privileged", "-v", "/:/host");
    }

    @Test
    void doubleDashEndsTheOptions() {
      Parsed p = docker("--rm -- --weird-image-name");
      assertThat(p.image().text()).isEqualTo("--weird-image-name");
    }

    @Test
    void helpNeedsNoImage() {
      assertThat(docker("--help").help()).isTrue();
    }

    @Test
    void anUnresolvedExpansionFollowedByOptionsHoldsOptions() {
      List<Arg> a = new ArrayList<>(args("--rm"));
      a.add(new Arg("$EXTRA", 1, 7, List.of("$EXTRA"), true));
      a.addAll(args("-d nginx"));
      Parsed p = RunParser.parse(Engine.DOCKER, false, a);
      assertThat(p.spreads()).extracting(Arg::text).containsExactly("$EXTRA");
      assertThat(p.image().text()).isEqualTo("nginx");
    }

    @Test
    void anUnresolvedExpansionAtTheEndIsTheImageUnlessItsNameSaysOptions() {
      List<Arg> a = new ArrayList<>(args("--rm"));
      a.add(new Arg("$IMAGE", 1, 7, List.of("$IMAGE"), true));
      assertThat(RunParser.parse(Engine.DOCKER, false, a).image().text()).isEqualTo("$IMAGE");

      List<Arg> b = new ArrayList<>(args("--rm"));
      b.add(new Arg("$@", 1, 7, List.of("$@"), true));
      Parsed p = RunParser.parse(Engine.DOCKER, false, b);
      assertThat(p.image()).isNull();
      assertThat(p.spreads()).hasSize(1);
    }
  }

  @Nested
  class Errors {

    @Test
    void anUnknownFlagIsAnErrorAtItsPositionWithASuggestion() {
      InputSyntaxException e = failure(Engine.DOCKER, false, "--rm --privilegd alpine");
      assertThat(e.getMessage()).isEqualTo("docker run: unknown flag --privilegd");
      assertThat(e.detail()).isEqualTo("did you mean --privileged?");
      assertThat(e.describe()).isEqualTo("docker run: unknown flag --privilegd at column 6: did you mean --privileged?");
    }

    @Test
    void anUnknownShorthandIsAnError() {
      InputSyntaxException e = failure(Engine.DOCKER, false, "-itx alpine");
      assertThat(e.getMessage()).isEqualTo("docker run: unknown shorthand flag 'x' in -itx");
      assertThat(e.column()).isEqualTo(4);
    }

    @Test
    void aLongFlagWithOneDashIsAnError() {
      assertThat(failure(Engine.DOCKER, false, "-privileged alpine").describe()).isEqualTo(
          "docker run: -privileged is read as one-letter flags at column 1: long flags take two dashes: --privileged");
      assertThat(RunParser.parse(Engine.DOCKER, false, args("-ip 80:80 alpine")).uses()).hasSize(2);
    }

    @Test
    void aMissingValueIsAnError() {
      assertThat(failure(Engine.DOCKER, false, "--rm --name").getMessage()).isEqualTo("docker run: flag --name needs a value");
      assertThat(failure(Engine.DOCKER, false, "-it -v").getMessage()).isEqualTo("docker run: flag -v (--volume) needs a value");
    }

    @Test
    void aSwitchWithAValueThatIsNoBooleanIsAnError() {
      assertThat(failure(Engine.DOCKER, false, "--privileged=yes alpine").describe())
          .isEqualTo("docker run: invalid value \"yes\" for --privileged at column 14: expected true or false");
    }

    @Test
    void noImageIsAnError() {
      assertThat(failure(Engine.DOCKER, false, "--rm -d").getMessage()).contains("no image");
    }

    @Test
    void createHasNoDetachFlag() {
      assertThat(failure(Engine.DOCKER, true, "-d alpine").getMessage()).isEqualTo("docker create: unknown shorthand flag 'd' in -d");
      assertThat(RunParser.parse(Engine.DOCKER, true, args("--name x alpine")).image().text()).isEqualTo("alpine");
    }

    @Test
    void podmanOptionsAreUnknownToDockerAndTheErrorSaysWhose() {
      assertThat(failure(Engine.DOCKER, false, "--pod web alpine").detail())
          .isEqualTo("it is a podman option, not a docker one");
    }

    @ParameterizedTest
    @ValueSource(strings = {"--userns=keep-id", "--pod=web", "--uidmap=0:1:1", "--security-opt=unmask=ALL",
        "--read-only-tmpfs", "--secret=s", "--rootfs", "--tz=UTC", "--env-host"})
    void podmanHasItsOwnOptions(String option) {
      assertThat(podman(option + " alpine").uses()).hasSize(1);
    }
  }
}
