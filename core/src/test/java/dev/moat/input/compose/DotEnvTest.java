package dev.moat.input.compose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class DotEnvTest {

  @Test
  void readsTheFormsComposeReads() throws DotEnv.Failure {
    Map<String, String> vars = DotEnv.parse("""
        # comment
        PLAIN=value
        SPACED = spaced value   # a comment
        HASH=pass#word
        export EXPORTED=yes
        YAML_STYLE: colon
        SINGLE='literal ${PLAIN} \\n'
        DOUBLE="line1\\nline2 ${PLAIN}"
        MULTI="first
        second"
        EXPANDED=${PLAIN}-x
        DEFAULTED=${MISSING:-fallback}
        EMPTY=
        FROM_ENV
        NOT_IN_ENV
        """, Map.of("FROM_ENV", "from the environment"));

    assertThat(vars).containsEntry("PLAIN", "value")
        .containsEntry("SPACED", "spaced value")
        .containsEntry("HASH", "pass#word")
        .containsEntry("EXPORTED", "yes")
        .containsEntry("YAML_STYLE", "colon")
        .containsEntry("SINGLE", "literal ${PLAIN} \\n")
        .containsEntry("DOUBLE", "line1\nline2 value")
        .containsEntry("MULTI", "first\nsecond")
        .containsEntry("EXPANDED", "value-x")
        .containsEntry("DEFAULTED", "fallback")
        .containsEntry("EMPTY", "")
        .containsEntry("FROM_ENV", "from the environment")
        .doesNotContainKey("NOT_IN_ENV");
  }

  @Test
  void aStrayDollarStaysLiteral() throws DotEnv.Failure {
    assertThat(DotEnv.parse("PASSWORD=pa$1word\n", Map.of())).containsEntry("PASSWORD", "pa$1word");
  }

  @Test
  void errorsNameTheLine() {
    assertThatThrownBy(() -> DotEnv.parse("A=1\n\nB=\"open\nC=3\n", Map.of()))
        .isInstanceOfSatisfying(DotEnv.Failure.class, f -> assertThat(f.line()).isEqualTo(3))
        .hasMessageContaining("unterminated");
    assertThatThrownBy(() -> DotEnv.parse("A=1\nBAD KEY=2\n", Map.of()))
        .isInstanceOfSatisfying(DotEnv.Failure.class, f -> assertThat(f.line()).isEqualTo(2));
    assertThatThrownBy(() -> DotEnv.parse("A=1\nB$=2\n", Map.of()))
        .isInstanceOfSatisfying(DotEnv.Failure.class, f -> assertThat(f.line()).isEqualTo(2));
  }
}
