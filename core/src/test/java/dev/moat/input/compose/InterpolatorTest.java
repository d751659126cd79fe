package dev.moat.input.compose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class InterpolatorTest {

  private static final Interpolator VARS = new Interpolator(Map.of("SET", "value", "EMPTY", "", "B", "b"));

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
      "plain text | plain text",
      "$SET | value",
      "${SET} | value",
      "x${SET}y$SET.z | xvalueyvalue.z",
      "${UNSET} | ''",
      "$UNSET/x | /x",
      "${UNSET:-def} | def",
      "${EMPTY:-def} | def",
      "${EMPTY-def} | ''",
      "${UNSET-def} | def",
      "${SET:-def} | value",
      "${UNSET:-${B}} | b",
      "${UNSET:-${ALSO_UNSET:-deep}} | deep",
      "${SET:+alt} | alt",
      "${EMPTY:+alt} | ''",
      "${EMPTY+alt} | alt",
      "${UNSET+alt} | ''",
      "${SET?msg} | value",
      "$$ | $",
      "$${SET} | ${SET}",
      "cost: $$5 | cost: $5",
      "'${UNSET:-a b}' | a b",
  })
  void substitutes(String template, String expected) throws Interpolator.Failure {
    assertThat(VARS.apply(template)).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"$1", "echo $", "${", "${SET", "${}", "${1A}", "${SET:x}", "${SET:}", "$ SET", "${SET.x}"})
  void refusesWhatComposeRefuses(String template) {
    assertThatThrownBy(() -> VARS.apply(template)).isInstanceOf(Interpolator.Failure.class)
        .hasMessageContaining("invalid interpolation format").hasMessageContaining("$$");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "${UNSET?needs a value} | required variable UNSET is missing a value: needs a value",
      "${UNSET:?} | required variable UNSET is missing a value",
      "${EMPTY:?empty is not enough} | required variable EMPTY is missing a value: empty is not enough",
      "${UNSET?set ${B}} | required variable UNSET is missing a value: set b",
  })
  void requiredVariables(String template, String message) {
    assertThatThrownBy(() -> VARS.apply(template)).isInstanceOf(Interpolator.Failure.class).hasMessage(message);
  }

  @ParameterizedTest
  @ValueSource(strings = {"${EMPTY?x}", "${SET:?x}"})
  void requiredVariablesThatAreSetPass(String template) throws Interpolator.Failure {
    assertThat(VARS.apply(template)).isIn("", "value");
  }

  @org.junit.jupiter.api.Test
  void remembersUnsetVariablesOfTheLastValue() throws Interpolator.Failure {
    Interpolator i = new Interpolator(Map.of("A", "1"));
    i.apply("${A}${X}${Y:-d}$X");
    assertThat(i.unsetInLast()).containsExactly("X");
    i.apply("${A}");
    assertThat(i.unsetInLast()).isEmpty();
  }
}
