package dev.moat.result;

import dev.moat.model.InputError;
import dev.moat.rule.RuleMeta;
import dev.moat.rule.Severity;
import java.util.Comparator;
import java.util.List;

/**
 * The complete result of a run, sorted so that every reporter's output is byte-stable.
 *
 * @param toolVersion the Moat version (injected, so golden files do not change with releases)
 * @param standard the standard evaluated ("pss-restricted"), or null for Moat's own catalogue
 * @param rules the rules that were evaluated
 */
public record Report(
    String toolVersion,
    String standard,
    List<RuleMeta> rules,
    List<Finding> findings,
    List<Target> targets,
    List<InputError> errors,
    List<Notice> notices,
    ScanStats stats) {

  private static final Comparator<InputError> ERROR_ORDER =
      Comparator.comparing((InputError e) -> e.source().file())
          .thenComparingInt(e -> e.source().line())
          .thenComparing(InputError::message);

  private static final Comparator<Target> TARGET_ORDER =
      Comparator.comparing((Target t) -> t.location().file())
          .thenComparingInt(t -> t.location().line())
          .thenComparing(t -> t.object().display());

  private static final Comparator<Notice> NOTICE_ORDER =
      Comparator.comparing((Notice n) -> n.source().file())
          .thenComparingInt(n -> n.source().line())
          .thenComparing(Notice::message);

  public Report {
    rules = rules.stream().sorted(Comparator.comparing(RuleMeta::id)).toList();
    findings = findings.stream().sorted(Finding.ORDER).toList();
    targets = targets.stream().sorted(TARGET_ORDER).toList();
    errors = errors.stream().sorted(ERROR_ORDER).toList();
    notices = notices.stream().sorted(NOTICE_ORDER).toList();
  }

  /** Unsuppressed findings at or above the threshold; null threshold means none count. */
  public long failing(Severity threshold) {
    if (threshold == null) {
      return 0;
    }
    return findings.stream().filter(f -> !f.suppressed() && f.severity().atLeast(threshold)).count();
  }

  public long suppressedCount() {
    return findings.stream().filter(Finding::suppressed).count();
  }
}
