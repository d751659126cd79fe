package dev.moat.rule;

import java.util.Collection;
import java.util.Comparator;

/** Helps users who mistype a rule id: finds the known id they most likely meant. */
public final class RuleIds {

  private RuleIds() {}

  /** The known id nearest to a mistyped one, or null when none is near enough to be a typo. */
  public static String closest(String id, Collection<String> known) {
    return known.stream()
        .min(Comparator.comparingInt(k -> distance(id, k)))
        .filter(k -> distance(id, k) <= Math.max(2, id.length() / 3))
        .orElse(null);
  }

  /** Levenshtein distance. */
  static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
