package dev.moat.model;

import java.util.List;

/**
 * An inline suppression written next to the resource (annotation {@code moat.dev/ignore}).
 *
 * @param ruleIds the rule ids as written
 * @param reason the justification ({@code moat.dev/ignore-reason}), or null
 */
public record Suppression(List<String> ruleIds, String reason, Source source) {

  public Suppression {
    ruleIds = List.copyOf(ruleIds);
  }

  public boolean covers(String ruleId) {
    return ruleIds.contains(ruleId) || ruleIds.contains("*");
  }
}
