package dev.moat.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.moat.model.Source;
import org.junit.jupiter.api.Test;

class MessageTemplateTest {

  @Test
  void fillsStringsAndNumbersInOrder() {
    assertThat(MessageTemplate.fill("%s binds host port %d", "container 'web'", 8080))
        .isEqualTo("container 'web' binds host port 8080");
  }

  @Test
  void percentSignsAreEscapedWithAndWithoutArguments() {
    assertThat(MessageTemplate.fill("100%% of %s", "pods")).isEqualTo("100% of pods");
    assertThat(Violation.at(Source.NONE, "100%% sure").message()).isEqualTo("100% sure");
    assertThat(Violation.at(Source.NONE, "plain text").message()).isEqualTo("plain text");
  }

  @Test
  void refusesWhatStringFormatWouldDoDifferently() {
    assertThatThrownBy(() -> MessageTemplate.fill("%.2f", 1.0)).hasMessageContaining("only %s, %d");
    assertThatThrownBy(() -> MessageTemplate.fill("%s and %s", "one")).hasMessageContaining("too few");
    assertThatThrownBy(() -> MessageTemplate.fill("%s", "one", "two")).hasMessageContaining("too many");
    assertThatThrownBy(() -> MessageTemplate.fill("50%", "x")).hasMessageContaining("dangling");
  }
}
