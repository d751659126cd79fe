package dev.moat.input;

import dev.moat.model.Source;
import dev.moat.model.Suppression;
import java.util.ArrayList;
import java.util.List;

/**
 * The label (a Kubernetes annotation, a Compose or docker --label) that suppresses findings next to
 * the resource: moat.dev/ignore lists rule ids separated by commas, moat.dev/ignore-reason says why.
 * The Compose and run readers turn what they find written into a {@link Suppression} here, so the
 * ids are split and the reason trimmed the same way in both; the Kubernetes reader shares the keys
 * and splits on its own (see its note on why).
 */
public final class IgnoreLabel {

  public static final String KEY = "moat.dev/ignore";
  public static final String REASON_KEY = "moat.dev/ignore-reason";

  private IgnoreLabel() {}

  /**
   * @param ids the value of moat.dev/ignore: rule ids separated by commas, blanks around them allowed
   * @param reason the value of moat.dev/ignore-reason, or null; a blank reason is none
   * @param where where moat.dev/ignore is written
   */
  public static Suppression suppression(String ids, String reason, Source where) {
    List<String> ruleIds = new ArrayList<>();
    for (String id : ids.split(",")) {
      if (!id.isBlank()) {
        ruleIds.add(id.trim());
      }
    }
    return new Suppression(ruleIds, reason == null || reason.isBlank() ? null : reason.trim(), where);
  }
}
