package dev.moat.input.dockerfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.moat.model.DockerInstruction;
import dev.moat.model.DockerInstruction.Heredoc;
import dev.moat.model.Dockerfile;
import dev.moat.model.DockerfileStage;
import dev.moat.model.InputError;
import dev.moat.model.Origin;
import dev.moat.rules.DockerfileRootUser;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class DockerfileParserTest {

  private static DockerfileParser.Result parse(String text) {
    return DockerfileParser.parse("Dockerfile", text);
  }

  /** Parses a Dockerfile that must have no errors. */
  private static Dockerfile read(String text) {
    DockerfileParser.Result r = parse(text);
    assertThat(r.errors()).as("errors").isEmpty();
    return r.dockerfile();
  }

  private static List<DockerInstruction> all(Dockerfile d) {
    return d.stages().stream().flatMap(s -> s.instructions().stream()).toList();
  }

  private static DockerInstruction only(Dockerfile d, String keyword) {
    List<DockerInstruction> found = all(d).stream().filter(i -> i.keyword().equals(keyword)).toList();
    assertThat(found).as(keyword + " instructions").hasSize(1);
    return found.get(0);
  }

  private static List<String> errors(DockerfileParser.Result r) {
    return r.errors().stream().map(e -> e.source().line() + ": " + e.message()).toList();
  }

  @Nested
  class Lines {

    @Test
    void instructionsKeepTheirLineAndKeywordsAreUpperCase() {
      Dockerfile d = read("""
          # a comment

          from alpine:3.20
          run echo hi
          User app
          """);
      assertThat(all(d)).extracting(DockerInstruction::keyword).containsExactly("FROM", "RUN", "USER");
      assertThat(all(d)).extracting(i -> i.source().line()).containsExactly(3, 4, 5);
      assertThat(d.user().value()).isEqualTo("app");
    }

    @Test
    void continuationsAreJoinedWithoutTheEscapeOrTheLineBreak() {
      Dockerfile d = read("""
          FROM alpine
          RUN apt-get update && \\
              apt-get install -y curl \\\t
              && rm -rf /var/lib/apt/lists/*
          USER app
          """);
      DockerInstruction run = only(d, "RUN");
      assertThat(run.arguments())
          .isEqualTo("apt-get update &&     apt-get install -y curl     && rm -rf /var/lib/apt/lists/*");
      assertThat(run.source().line()).isEqualTo(2);
      assertThat(run.sourceAt(run.arguments().indexOf("curl")).line()).isEqualTo(3);
      assertThat(run.sourceAt(run.arguments().indexOf("rm -rf")).line()).isEqualTo(4);
      assertThat(only(d, "USER").source().line()).isEqualTo(5);
    }

    @Test
    void commentLinesAndEmptyLinesInsideAContinuationAreDropped() {
      Dockerfile d = read("""
          FROM alpine
          RUN apk add \\
            # the shell never sees this
              curl \\

            # nor this
              jq
          USER 1000
          """);
      DockerInstruction run = only(d, "RUN");
      assertThat(run.arguments()).isEqualTo("apk add     curl     jq");
      assertThat(parse("FROM alpine\nRUN a \\\n\n  b\n").notes()).singleElement()
          .satisfies(n -> assertThat(n.source().line()).isEqualTo(2));
      assertThat(run.sourceAt(run.arguments().indexOf("jq")).line()).isEqualTo(7);
      assertThat(only(d, "USER").source().line()).isEqualTo(8);
    }

    @Test
    void anEscapedEscapeCharacterAtTheEndDoesNotContinue() {
      Dockerfile d = read("""
          FROM alpine
          RUN echo done \\\\
          USER app
          """);
      assertThat(only(d, "RUN").arguments()).isEqualTo("echo done \\\\");
      assertThat(d.user().value()).isEqualTo("app");
    }

    @Test
    void aContinuationAtTheEndOfTheFileEndsTheInstruction() {
      Dockerfile d = read("FROM alpine\nUSER app \\\n");
      assertThat(d.user().value()).isEqualTo("app");
    }

    @Test
    void aLoneEscapeCharacterJoinsTheNextLines() {
      Dockerfile d = read("FROM alpine\n\\\n   # comment\n   USER app\n\\\n# nothing follows\n");
      assertThat(d.user().value()).isEqualTo("app");
      assertThat(d.user().source().line()).isEqualTo(2);
    }

    @Test
    void windowsLineEndingsAndAByteOrderMarkAreRead() {
      Dockerfile d = read("\uFEFFFROM alpine\r\nRUN a \\\r\n  b\r\nUSER app\r\n");
      assertThat(only(d, "RUN").arguments()).isEqualTo("a   b");
      assertThat(d.user().value()).isEqualTo("app");
      assertThat(d.user().source().line()).isEqualTo(4);
    }

    @Test
    void flagsAndTheExecFormAreSeparated() {
      Dockerfile d = read("""
          FROM --platform=$BUILDPLATFORM golang:1.22 AS build
          RUN --mount=type=cache,target=/root/.cache/go-build --network=none ["go", "build", "./..."]
          CMD [ "/app" , "serve" ]
          ENTRYPOINT [not json]
          """);
      DockerfileStage s = d.finalStage();
      assertThat(s.from().flags()).containsExactly("--platform=$BUILDPLATFORM");
      assertThat(s.base().value()).isEqualTo("golang:1.22");
      DockerInstruction run = only(d, "RUN");
      assertThat(run.flags()).containsExactly("--mount=type=cache,target=/root/.cache/go-build", "--network=none");
      assertThat(run.exec()).containsExactly("go", "build", "./...");
      assertThat(only(d, "CMD").exec()).containsExactly("/app", "serve");
      assertThat(only(d, "ENTRYPOINT").isExecForm()).isFalse();
    }
  }

  @Nested
  class Directives {

    @Test
    void theBacktickEscapeDirectiveMakesBackslashesLiteral() {
      Dockerfile d = read("""
          # escape=`

          FROM mcr.microsoft.com/windows/servercore:ltsc2022
          COPY testfile.txt c:\\
          RUN dir c:\\ `
              && echo done
          USER ContainerUser
          """);
      assertThat(all(d)).extracting(DockerInstruction::keyword).containsExactly("FROM", "COPY", "RUN", "USER");
      assertThat(only(d, "COPY").arguments()).isEqualTo("testfile.txt c:\\");
      assertThat(only(d, "RUN").arguments()).isEqualTo("dir c:\\     && echo done");
      assertThat(d.user().value()).isEqualTo("ContainerUser");
    }

    @Test
    void directivesCountOnlyBeforeAnyCommentBlankLineOrInstruction() {
      // After a comment, "# escape=`" is a comment: the backslash still continues lines.
      Dockerfile d = read("""
          # syntax=docker/dockerfile:1
          # check=skip=JSONArgsRecommended
          # a comment ends the directives
          # escape=`
          FROM alpine
          RUN echo a \\
            b
          """);
      assertThat(only(d, "RUN").arguments()).isEqualTo("echo a   b");
    }

    @Test
    void directivesAreCaseInsensitiveAndMayHaveBlanks() {
      Dockerfile d = read("#  ESCAPE = `\nFROM alpine\nRUN a `\n  b\n");
      assertThat(only(d, "RUN").arguments()).isEqualTo("a   b");
    }

    @Test
    void anUnknownDirectiveEndsTheDirectives() {
      Dockerfile d = read("# foo=bar\n# escape=`\nFROM alpine\nRUN a \\\n  b\n");
      assertThat(only(d, "RUN").arguments()).isEqualTo("a   b");
    }

    @Test
    void aRepeatedOrInvalidDirectiveIsAnErrorWithItsLine() {
      DockerfileParser.Result r = parse("# escape=`\n# escape=\\\nFROM alpine\n");
      assertThat(errors(r)).containsExactly("2: only one escape parser directive can be used; this one is ignored");
      r = parse("# escape=x\nFROM alpine\n");
      assertThat(errors(r)).singleElement().asString().startsWith("1: invalid escape directive 'x'");
      assertThat(r.dockerfile().stages()).hasSize(1);
    }
  }

  @Nested
  class Heredocs {

    @Test
    void aRunHeredocIsReadUpToItsDelimiterAndTheNextInstructionKeepsItsLine() {
      Dockerfile d = read("""
          FROM alpine
          RUN <<EOF
          set -e
          echo "a \\
          # not a comment here
          EOF
          USER app
          """);
      DockerInstruction run = only(d, "RUN");
      assertThat(run.arguments()).isEqualTo("<<EOF");
      Heredoc h = run.heredocs().get(0);
      assertThat(h.delimiter()).isEqualTo("EOF");
      assertThat(h.expand()).isTrue();
      assertThat(h.body()).isEqualTo("set -e\necho \"a \\\n# not a comment here\n");
      assertThat(h.source().line()).isEqualTo(3);
      assertThat(h.sourceAt(h.body().indexOf("# not")).line()).isEqualTo(5);
      assertThat(only(d, "USER").source().line()).isEqualTo(7);
    }

    @Test
    void dashStripsLeadingTabsAndAllowsAnIndentedDelimiter() {
      Dockerfile d = read("FROM alpine\nRUN <<-EOT bash\n\tapk add curl\n\t\techo ok\n\tEOT\nUSER app\n");
      Heredoc h = only(d, "RUN").heredocs().get(0);
      assertThat(h.chomp()).isTrue();
      assertThat(h.body()).isEqualTo("apk add curl\necho ok\n");
      assertThat(d.user().value()).isEqualTo("app");
    }

    @Test
    void withoutDashAnIndentedDelimiterDoesNotEndTheBody() {
      DockerfileParser.Result r = parse("FROM alpine\nRUN <<EOF\necho\n  EOF\nUSER app\n");
      assertThat(errors(r)).singleElement().asString()
          .startsWith("2: unterminated heredoc: <<EOF is never closed by a line EOF");
    }

    @Test
    void aQuotedDelimiterIsNotExpanded() {
      Dockerfile d = read("FROM alpine\nRUN <<'EOF'\necho $HOME\nEOF\nCOPY <<\"EOT\" /x\n$A\nEOT\n");
      assertThat(all(d).get(1).heredocs().get(0).expand()).isFalse();
      assertThat(all(d).get(2).heredocs().get(0)).extracting(Heredoc::delimiter, Heredoc::expand)
          .containsExactly("EOT", false);
    }

    @Test
    void severalHeredocsOnOneLineAreReadInOrder() {
      Dockerfile d = read("""
          FROM alpine
          RUN <<FILE1 cat > /file1 && <<FILE2 cat > /file2
          I am
          first
          FILE1
          I am
          second
          FILE2
          USER app
          """);
      List<Heredoc> hs = only(d, "RUN").heredocs();
      assertThat(hs).extracting(Heredoc::delimiter).containsExactly("FILE1", "FILE2");
      assertThat(hs).extracting(Heredoc::body).containsExactly("I am\nfirst\n", "I am\nsecond\n");
      assertThat(hs).extracting(h -> h.source().line()).containsExactly(3, 6);
      assertThat(only(d, "USER").source().line()).isEqualTo(9);
    }

    @Test
    void copyAndAddTakeHeredocsAndAFileDescriptorMayPrefixThem() {
      Dockerfile d = read("""
          FROM alpine
          COPY --chmod=755 <<EOF /usr/local/bin/hello
          #!/bin/sh
          echo hello
          EOF
          RUN python3 3<<PY
          print(1)
          PY
          """);
      assertThat(only(d, "COPY").heredocs().get(0).body()).isEqualTo("#!/bin/sh\necho hello\n");
      assertThat(only(d, "COPY").flags()).containsExactly("--chmod=755");
      assertThat(only(d, "RUN").heredocs().get(0).delimiter()).isEqualTo("PY");
    }

    @Test
    void notHeredocs() {
      Dockerfile d = read("""
          FROM alpine
          RUN ["sh", "-c", "cat <<EOF"]
          RUN cat <<< "here string"
          RUN echo "<<EOF" '<<EOT'
          ENV X=<<EOF
          USER app
          """);
      assertThat(all(d)).allSatisfy(i -> assertThat(i.heredocs()).isEmpty());
      assertThat(d.user().source().line()).isEqualTo(6);
    }

    @Test
    void delimiterWordsAsBuildKitLexesThem() {
      Dockerfile d = read("""
          FROM alpine
          RUN <<  SPACED
          SPACED
          RUN <<  REDIRECTED  > /out
          REDIRECTED
          RUN <<$EOF
          $EOF
          RUN <<eo'f'
          eof
          RUN <<eo\\'f
          eo'f
          RUN <<'one two'
          one two
          COPY <<X <<Y /dest
          Y
          X
          X
          Y
          """);
      List<DockerInstruction> ins = all(d);
      assertThat(ins.subList(1, 7)).extracting(i -> i.heredocs().get(0).delimiter() + " "
              + i.heredocs().get(0).expand())
          .containsExactly("SPACED true", "REDIRECTED true", "$EOF true", "eof false", "eo'f true", "one two false");
      assertThat(ins.get(7).heredocs()).extracting(Heredoc::delimiter, Heredoc::body)
          .containsExactly(tuple("X", "Y\n"), tuple("Y", "X\n"));
    }

    @Test
    void onbuildCarriesAHeredoc() {
      Dockerfile d = read("FROM alpine\nONBUILD RUN <<EOF\necho later\nEOF\nUSER app\n");
      assertThat(only(d, "ONBUILD").heredocs()).extracting(Heredoc::body).containsExactly("echo later\n");
      assertThat(d.user().value()).isEqualTo("app");
    }

    @Test
    void aHeredocAfterAContinuationStartsAfterTheJoinedLines() {
      Dockerfile d = read("FROM alpine\nRUN --mount=type=cache,target=/var/cache/apk \\\n  <<EOF\napk add git\nEOF\n");
      Heredoc h = only(d, "RUN").heredocs().get(0);
      assertThat(h.body()).isEqualTo("apk add git\n");
      assertThat(h.source().line()).isEqualTo(4);
    }

    @Test
    void anUnterminatedHeredocIsAnErrorAtItsOpeningLine() {
      DockerfileParser.Result r = parse("FROM alpine\nRUN <<EOF\necho never closed\n");
      assertThat(errors(r)).singleElement().asString().startsWith("2: unterminated heredoc: <<EOF");
      assertThat(r.dockerfile()).isNotNull();
    }
  }

  @Nested
  class Substitution {

    @Test
    void fromUsesGlobalArgumentsAtTheirDefaults() {
      Dockerfile d = read("""
          ARG REGISTRY=docker.io
          ARG VERSION=3.20
          ARG IMAGE=${REGISTRY}/library/alpine:${VERSION}
          FROM $IMAGE
          """);
      assertThat(d.globalArgs()).hasSize(3);
      assertThat(d.finalStage().base().value()).isEqualTo("docker.io/library/alpine:3.20");
      assertThat(d.finalStage().base().isExplicit()).isTrue();
    }

    @Test
    void aGlobalArgumentWithoutADefaultLeavesTheBaseUnknown() {
      Dockerfile d = read("ARG TAG\nFROM node:${TAG}\n");
      assertThat(d.finalStage().base().isKnown()).isFalse();
      assertThat(d.finalStage().base().source().line()).isEqualTo(2);
      d = read("FROM alpine-${TARGETARCH}\n");
      assertThat(d.finalStage().base().isKnown()).as("platform arguments depend on the build").isFalse();
    }

    @Test
    void modifiersDefaultAndAlternative() {
      Dockerfile d = read("""
          ARG UNSET_WITH_DEFAULT=
          ARG SET=x
          FROM img:${UNSET_WITH_DEFAULT:-1.0}${SET:+-alt}${NOT_DECLARED:+never}
          """);
      assertThat(d.finalStage().base().value()).isEqualTo("img:1.0-alt");
    }

    @Test
    void patternModifiers() {
      Dockerfile d = read("""
          ARG V=v1.2.3
          ARG P=/usr/local/bin/app
          FROM img:${V#v}-${P##*/}-${P%/*}-${V/./_}-${V//./_}
          """);
      assertThat(d.finalStage().base().value()).isEqualTo("img:1.2.3-app-/usr/local/bin-v1_2.3-v1_2_3");
    }

    @Test
    void userSeesTheStagesArgumentsAndEnvWithEnvWinning() {
      Dockerfile d = read("""
          ARG UID=1000
          FROM alpine
          ARG UID
          ARG GID=2000
          USER ${UID}:$GID
          """);
      assertThat(d.user().value()).isEqualTo("1000:2000");
      d = read("FROM alpine\nARG NAME=fromarg\nENV NAME=fromenv\nARG NAME=again\nUSER $NAME\n");
      assertThat(d.user().value()).isEqualTo("fromenv");
    }

    @Test
    void aGlobalArgumentIsNotVisibleInAStageUnlessRedeclared() {
      // BuildKit substitutes an empty string here: the image's user is empty, which is root.
      Dockerfile d = read("ARG UID=1000\nFROM alpine\nUSER $UID\n");
      assertThat(d.user().value()).isEmpty();
      assertThat(d.userInstruction().source().line()).isEqualTo(3);
      assertThat(new DockerfileRootUser().check(d)).singleElement().satisfies(v -> {
        assertThat(v.message()).isEqualTo("the image runs as root: the last USER of the final stage is $UID, which is "
            + "empty here; ARG UID is declared before FROM: redeclare it after FROM (ARG UID) to use it");
        assertThat(v.severity()).isNull();
      });
      d = read("ARG UID=1000\nFROM alpine\nARG UID\nUSER $UID\n");
      assertThat(d.user().value()).as("redeclared").isEqualTo("1000");
      d = read("ARG UID=1000\nARG GID=1000\nFROM alpine\nUSER ${UID}:${GID}\n");
      assertThat(new DockerfileRootUser().check(d)).singleElement().satisfies(v -> assertThat(v.message())
          .endsWith("; ARG UID GID are declared before FROM: redeclare them after FROM (ARG UID GID) to use them"));
      // FROM scratch has no ENV: the name is empty for certain, which is no user at all.
      d = read("ARG UID=1000\nFROM scratch\nUSER app$UID\n");
      assertThat(d.user().value()).isEqualTo("app");
    }

    @Test
    void aStageArgumentIsNotVisibleToTheNextFrom() {
      Dockerfile d = read("FROM alpine\nARG TAG=3.20\nFROM node:${TAG}\n");
      assertThat(d.finalStage().base().value()).isEqualTo("node:");
    }

    @Test
    void anArgumentWithoutADefaultLeavesTheUserUnknown() {
      Dockerfile d = read("FROM alpine\nARG UID\nUSER ${UID}\n");
      assertThat(d.user().isKnown()).isFalse();
      assertThat(d.user().origin()).isEqualTo(Origin.UNSET);
      assertThat(d.userInstruction().arguments()).isEqualTo("${UID}");
    }

    @Test
    void envLegacyFormQuotesEscapesAndSameLineReferences() {
      Dockerfile d = read("""
          FROM alpine
          ENV A hello world
          ENV B="quoted value" C='$A' D=\\$A
          ENV A=bye E=$A
          USER "${A}-${B}-${C}-${D}-${E}"
          """);
      assertThat(d.user().value()).isEqualTo("bye-quoted value-$A-$A-hello world");
    }

    @Test
    void envIsInheritedFromTheStageBuiltOnButArgumentsAreNot() {
      Dockerfile d = read("""
          FROM alpine AS base
          ENV APP_USER=app
          ARG GROUP=staff
          FROM base
          USER ${APP_USER}:${GROUP:-nogroup}
          """);
      // GROUP is not in the final stage's scope, but alpine's ENV might define it: unknown.
      assertThat(d.user().isKnown()).isFalse();
      d = read("FROM alpine AS base\nENV APP_USER=app\nFROM base\nUSER ${APP_USER}\n");
      assertThat(d.user().value()).isEqualTo("app");
    }

    @Test
    void aMalformedSubstitutionIsAnErrorWithItsLine() {
      DockerfileParser.Result r = parse("FROM alpine\nUSER ${UID\n");
      assertThat(errors(r)).singleElement().asString().startsWith("2: USER: missing '}'");
      r = parse("FROM alpine\nENV A=${:x}\n");
      assertThat(errors(r)).singleElement().asString().startsWith("2: ENV: bad substitution");
    }

    @Test
    void theEscapeDirectiveAppliesToSubstitution() {
      Dockerfile d = read("# escape=`\nFROM alpine\nENV A=x\nUSER `$A-$A\n");
      assertThat(d.user().value()).isEqualTo("$A-x");
    }
  }

  @Nested
  class Stages {

    @Test
    void stagesNamesAndBasesResolveToEarlierStages() {
      Dockerfile d = read("""
          FROM golang:1.22 AS Build
          RUN go build
          FROM build AS test
          FROM scratch
          COPY --from=build /app /app
          """);
      assertThat(d.stages()).extracting(DockerfileStage::name).containsExactly("build", "test", null);
      assertThat(d.stages()).extracting(DockerfileStage::baseStage).containsExactly(-1, 0, -1);
      assertThat(d.finalStage().isScratch()).isTrue();
      assertThat(d.stages().get(0).instructions()).extracting(DockerInstruction::keyword)
          .containsExactly("FROM", "RUN");
    }

    @Test
    void theFinalStageDecidesTheUser() {
      Dockerfile d = read("""
          FROM node:20 AS build
          USER root
          RUN npm ci
          FROM node:20-slim
          USER 10001:10001
          USER node
          """);
      assertThat(d.user().value()).isEqualTo("node");
      assertThat(d.user().origin()).isEqualTo(Origin.EXPLICIT);
      assertThat(d.user().source().line()).isEqualTo(6);
    }

    @Test
    void aRootBuilderDoesNotMakeTheImageRootButAFinalStageWithoutUserIsUnset() {
      Dockerfile d = read("FROM node:20 AS build\nUSER 1000\nFROM node:20-slim\nRUN true\n");
      assertThat(d.user().isKnown()).isFalse();
      assertThat(d.userInstruction()).isNull();
      assertThat(d.user().source().line()).as("points at the final FROM").isEqualTo(3);
    }

    @Test
    void aFinalStageBuiltOnAnEarlierStageInheritsItsUser() {
      Dockerfile d = read("FROM alpine AS base\nUSER 0\nFROM base AS mid\nRUN true\nFROM mid\nRUN true\n");
      assertThat(d.user().value()).isEqualTo("0");
      assertThat(d.user().origin()).isEqualTo(Origin.INHERITED);
      assertThat(d.user().source().line()).isEqualTo(2);
      assertThat(d.imageStageOf(d.finalStage()).index()).isZero();
    }

    @Test
    void userForms() {
      for (String u : List.of("1000", "1000:1000", "app", "root", "0:0", "app:staff")) {
        assertThat(read("FROM alpine\nUSER " + u + "\n").user().value()).isEqualTo(u);
      }
    }
  }

  @Nested
  class Errors {

    @Test
    void anUnknownInstructionIsAnErrorWithItsLineAndTheRestIsStillRead() {
      DockerfileParser.Result r = parse("""
          FROM alpine
          COPPY . /app
          USER app
          """);
      assertThat(errors(r)).containsExactly("2: unknown instruction 'COPPY' (did you mean COPY?); it is skipped");
      assertThat(r.dockerfile().user().value()).isEqualTo("app");
    }

    @Test
    void aMissingContinuationIsHinted() {
      DockerfileParser.Result r = parse("FROM alpine\nRUN apk update &&\n    apk add curl\nUSER app\n");
      assertThat(errors(r)).containsExactly(
          "3: unknown instruction 'apk' (does line 2 lack a line continuation \\ at its end?); it is skipped");
      assertThat(r.dockerfile().user().value()).isEqualTo("app");
    }

    @Test
    void onlyArgMayComeBeforeFrom() {
      DockerfileParser.Result r = parse("ARG A=1\nRUN echo\nFROM alpine\n");
      assertThat(errors(r)).singleElement().asString().startsWith("2: RUN before the first FROM");
      assertThat(r.dockerfile().stages()).hasSize(1);
    }

    @Test
    void malformedFromAndUser() {
      DockerfileParser.Result r = parse("""
          FROM alpine AS
          FROM alpine AS 1st
          FROM alpine AS a
          FROM debian AS a
          FROM
          USER app extra
          USER
          """);
      List<String> expected = List.of("1: FROM takes one image and optionally AS name",
          "2: invalid build stage name '1st'", "4: duplicate build stage name 'a' (first at line 3)",
          "5: FROM needs a base image", "6: USER takes one user[:group], found 'app extra'", "7: USER needs a user");
      List<String> actual = errors(r);
      assertThat(actual).hasSameSizeAs(expected);
      for (int i = 0; i < expected.size(); i++) {
        assertThat(actual.get(i)).startsWith(expected.get(i));
      }
    }

    @Test
    void aBrokenFinalFromLeavesTheRootUserRuleNothingToGuess() {
      DockerfileParser.Result r = parse("FROM alpine:3\nUSER 1000\nUSER\nUSER a b\nFROM\n");
      assertThat(errors(r)).hasSize(3);
      assertThat(new DockerfileRootUser().check(r.dockerfile())).as("the FROM error says it all").isEmpty();
      r = parse("ARG BASE\nFROM $BASE AS app\n");
      assertThat(new DockerfileRootUser().check(r.dockerfile())).singleElement()
          .satisfies(v -> assertThat(v.message()).isEqualTo("the final stage 'app' sets no USER: the base image "
              + "($BASE, which a build argument decides) decides, usually root"));
    }

    @Test
    void withoutAnyFromThereIsOneError() {
      DockerfileParser.Result r = parse("RUN echo hi\nUSER 1000\n");
      assertThat(r.dockerfile()).isNull();
      assertThat(errors(r)).containsExactly(
          "0: no FROM instruction: a Dockerfile needs at least one build stage (FROM image)");
    }

    @Test
    void equallyCloseInstructionsAreAllNamedInAFixedOrder() {
      assertThat(errors(parse("FROM alpine\nADG x\nCMP x\nENTRYPIONT x\n"))).containsExactly(
          "2: unknown instruction 'ADG' (did you mean ADD or ARG?); it is skipped",
          "3: unknown instruction 'CMP' (did you mean CMD?); it is skipped",
          "4: unknown instruction 'ENTRYPIONT' (did you mean ENTRYPOINT?); it is skipped");
    }

    @Test
    void noFromOrNoInstructionsAtAll() {
      DockerfileParser.Result r = parse("ARG A=1\n");
      assertThat(r.dockerfile()).isNull();
      assertThat(r.errors()).extracting(InputError::message).singleElement().asString()
          .startsWith("no FROM instruction");
      r = parse("# only a comment\n\n");
      assertThat(r.dockerfile()).isNull();
      assertThat(r.errors()).extracting(InputError::message)
          .containsExactly("empty: no instructions in this Dockerfile");
    }
  }
}
