package dev.moat.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.moat.result.Finding;
import dev.moat.result.Notice;
import dev.moat.result.Report;
import dev.moat.testing.Scan;
import org.junit.jupiter.api.Test;

/** moat.dev/ignore as users write it, including the mistakes they make. */
class SuppressionsTest {

  private static String cronJob(String jobTemplateAnnotations) {
    return """
        apiVersion: batch/v1
        kind: CronJob
        metadata:
          name: backup
        spec:
          schedule: "0 2 * * *"
          jobTemplate:
            metadata:
              annotations:
        %s
            spec:
              template:
                spec:
                  containers:
                    - name: backup
                      image: backup:1.0
                      securityContext:
                        privileged: true
        """.formatted(jobTemplateAnnotations);
  }

  @Test
  void aSuppressionOnTheJobTemplateCounts() {
    Report r = Scan.catalogue(cronJob("""
                moat.dev/ignore: privileged-container
                moat.dev/ignore-reason: backup needs raw disk access (TICKET-9)
        """));
    assertThat(r.findings()).filteredOn(f -> f.ruleId().equals("privileged-container"))
        .singleElement().satisfies(f -> {
          assertThat(f.suppressed()).isTrue();
          assertThat(f.suppressionReason()).isEqualTo("backup needs raw disk access (TICKET-9)");
        });
  }

  @Test
  void aTypoGetsANoticeWithTheNearestRule() {
    Report r = Scan.catalogue(cronJob("""
                moat.dev/ignore: privileged-contaner
                moat.dev/ignore-reason: lab
        """));
    assertThat(r.findings()).noneMatch(Finding::suppressed);
    assertThat(r.notices()).extracting(Notice::message)
        .anySatisfy(m -> assertThat(m).contains("unknown rule 'privileged-contaner'")
            .contains("did you mean 'privileged-container'"));
  }

  @Test
  void anEmptyIgnoreOrAReasonAloneSuppressesNothingAndSaysSo() {
    Report empty = Scan.catalogue(cronJob("""
                moat.dev/ignore: ""
        """));
    Report reasonOnly = Scan.catalogue(cronJob("""
                moat.dev/ignore-reason: forgot the ids
        """));
    assertThat(empty.findings()).noneMatch(Finding::suppressed);
    assertThat(empty.notices()).extracting(Notice::message).anySatisfy(m -> assertThat(m).contains("names no rule id"));
    assertThat(reasonOnly.findings()).noneMatch(Finding::suppressed);
    assertThat(reasonOnly.notices()).extracting(Notice::message).anySatisfy(m -> assertThat(m).contains("names no rule id"));
  }

  @Test
  void aStaleSuppressionIsReported() {
    Report r = Scan.catalogue(cronJob("""
                moat.dev/ignore: host-pid-namespace
                moat.dev/ignore-reason: old
        """));
    assertThat(r.notices()).extracting(Notice::message)
        .anySatisfy(m -> assertThat(m).contains("'host-pid-namespace'").contains("matches no finding"));
  }
}
