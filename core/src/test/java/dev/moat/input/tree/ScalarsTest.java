package dev.moat.input.tree;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ScalarsTest {

  private static ScalarNode plain(String text) {
    return new ScalarNode(text, true, 1);
  }

  private static ScalarNode quoted(String text) {
    return new ScalarNode(text, false, 1);
  }

  @ParameterizedTest
  @ValueSource(strings = {"true", "True", "TRUE", "yes", "Yes", "YES", "on", "On", "ON", "y", "Y"})
  void yaml11ReadsTheseUnquotedScalarsAsTrue(String text) {
    assertThat(Scalars.YAML_1_1.bool(plain(text))).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"false", "False", "FALSE", "no", "No", "NO", "off", "Off", "OFF", "n", "N"})
  void yaml11ReadsTheseUnquotedScalarsAsFalse(String text) {
    assertThat(Scalars.YAML_1_1.bool(plain(text))).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"yes", "true", "on", "no", "false"})
  void quotedScalarsAreAlwaysStrings(String text) {
    assertThat(Scalars.YAML_1_1.bool(quoted(text))).isNull();
    assertThat(Scalars.YAML_1_2.bool(quoted(text))).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"yes", "on", "y", "no", "off", "n"})
  void yaml12AndJsonKnowOnlyTrueAndFalse(String text) {
    assertThat(Scalars.YAML_1_2.bool(plain(text))).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"tRUE", "1", "0", "enabled", ""})
  void otherPlainScalarsAreNotBooleans(String text) {
    assertThat(Scalars.YAML_1_1.bool(plain(text))).isNull();
  }

  @Test
  void integersInTheirYamlSpellings() {
    assertThat(Scalars.YAML_1_1.integer(plain("0"))).isZero();
    assertThat(Scalars.YAML_1_1.integer(plain("1000680000"))).isEqualTo(1000680000L);
    assertThat(Scalars.YAML_1_1.integer(plain("-1"))).isEqualTo(-1L);
    assertThat(Scalars.YAML_1_1.integer(plain("+8080"))).isEqualTo(8080L);
    assertThat(Scalars.YAML_1_1.integer(plain("0x1F90"))).isEqualTo(8080L);
    assertThat(Scalars.YAML_1_1.integer(plain("0o17"))).isEqualTo(15L);
    assertThat(Scalars.YAML_1_1.integer(plain("10_001"))).isEqualTo(10001L);
  }

  @Test
  void whatIsNotAnIntegerIsNull() {
    assertThat(Scalars.YAML_1_1.integer(quoted("1000"))).as("a quoted number is a string").isNull();
    assertThat(Scalars.YAML_1_1.integer(plain("1.5"))).isNull();
    assertThat(Scalars.YAML_1_1.integer(plain("1e3"))).isNull();
    assertThat(Scalars.YAML_1_1.integer(plain("root"))).isNull();
    assertThat(Scalars.YAML_1_1.integer(plain(""))).isNull();
    assertThat(Scalars.YAML_1_1.integer(plain("-"))).isNull();
    assertThat(Scalars.YAML_1_1.integer(plain("99999999999999999999"))).as("overflow").isNull();
  }

  @Test
  void nullSpellingsOnlyWhenUnquoted() {
    assertThat(Scalars.YAML_1_1.isNull(plain(""))).isTrue();
    assertThat(Scalars.YAML_1_1.isNull(plain("~"))).isTrue();
    assertThat(Scalars.YAML_1_1.isNull(plain("null"))).isTrue();
    assertThat(Scalars.YAML_1_1.isNull(plain("NULL"))).isTrue();
    assertThat(Scalars.YAML_1_1.isNull(quoted("null"))).isFalse();
    assertThat(Scalars.YAML_1_1.isNull(quoted(""))).isFalse();
    assertThat(Scalars.YAML_1_1.isNull(plain("nil"))).isFalse();
  }

  @Test
  void theLoaderAndScalarsAgreeOnQuotedYes() {
    MapNode m = (MapNode) new YamlLoader(Limits.DEFAULT).load("a: yes\nb: \"yes\"\nc: 'on'\n").get(0).root();

    assertThat(Scalars.YAML_1_1.bool((ScalarNode) m.get("a"))).isTrue();
    assertThat(Scalars.YAML_1_1.bool((ScalarNode) m.get("b"))).isNull();
    assertThat(Scalars.YAML_1_1.bool((ScalarNode) m.get("c"))).isNull();
  }
}
