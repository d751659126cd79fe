package dev.moat.report.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.moat.report.Golden;
import dev.moat.report.ReportFixture;
import dev.moat.report.ReportOptions;
import dev.moat.result.Report;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class TextReporterTest {

  @Test
  void fitsOneHundredColumnsWithoutTrailingSpaces() {
    for (String line : text(ReportFixture.report()).split("\n", -1)) {
      assertThat(line.length()).as(line).isLessThanOrEqualTo(TextSink.WIDTH);
      assertThat(line).doesNotEndWith(" ").doesNotEndWith("\t");
    }
  }

  @Test
  void plainOutputHasNoEscapes() {
    assertThat(text(ReportFixture.report())).doesNotContain("\u001b");
  }

  @Test
  void colourOutputMarksSeveritiesAndDimsSuppressed() {
    String out = Golden.render(new TextReporter(new ReportOptions(true)), ReportFixture.report());
    assertThat(out).contains("\u001b[1;31mCRITICAL\u001b[0m", "\u001b[31mHIGH\u001b[0m", "\u001b[33mMEDIUM\u001b[0m");
    String suppressed = Arrays.stream(out.split("\n")).filter(l -> l.contains("image-tag-mutable")).findFirst()
        .orElseThrow();
    assertThat(suppressed).startsWith("\u001b[2m");
  }

  @Test
  void remediationAppearsOncePerRuleNotPerFinding() {
    String out = text(ReportFixture.report());
    assertThat(out).doesNotContain("fix:");
    assertThat(countOf(out, "Remove privileged: true")).isEqualTo(1);
    // The only image-tag-mutable finding is suppressed: nothing to fix.
    assertThat(out).doesNotContain("Pin the image by digest");
  }

  @Test
  void suppressedFindingIsShownWithItsReasonButNotCounted() {
    String out = text(ReportFixture.report());
    assertThat(out).contains("(suppressed: pinned by the release pipeline)");
    assertThat(out).contains("4 findings, 1 suppressed.");
  }

  @Test
  void namesTheStandardAndHowManyObjectsPass() {
    assertThat(text(ReportFixture.report())).doesNotContain("Standard");
    // One clean object; the one with only suppressed findings does not pass (Target.clean()).
    assertThat(text(ReportFixture.report("pss-restricted")))
        .contains("  Standard pss-restricted: 1 object passes, 3 fail\n");
  }

  @Test
  void saysPlainlyWhenThereAreNoFindings() {
    String out = text(ReportFixture.clean());
    assertThat(out).contains("  No findings.\n").doesNotContain("How to fix").doesNotContain("CRITICAL");
    assertThat(out).startsWith("Summary (moat " + ReportFixture.VERSION + ")\n");
  }

  @Test
  void wrapsLongWordsWithoutBreakingThem() {
    assertThat(Wrap.lines("aaa bbb ccc", 7, 7)).containsExactly("aaa bbb", "ccc");
    assertThat(Wrap.lines("sha256:0123456789abcdef x", 5, 5)).containsExactly("sha256:0123456789abcdef", "x");
    assertThat(Wrap.lines("", 10, 10)).containsExactly("");
  }

  private static String text(Report report) {
    return Golden.render(new TextReporter(ReportOptions.PLAIN), report);
  }

  private static int countOf(String haystack, String needle) {
    int count = 0;
    for (int i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1)) {
      count++;
    }
    return count;
  }
}
