package dev.moat.engine;

import dev.moat.rule.Rule;
import dev.moat.rule.RuleIds;
import dev.moat.rule.RuleMeta;
import dev.moat.rules.Catalogue;
import dev.moat.standard.Standard;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rules one run evaluates, with their metadata read once: Moat's catalogue or a standard's
 * controls, narrowed by --enable and --disable. Unknown ids are refused with a suggestion.
 */
public final class RuleSet {

  private final Standard standard;
  private final Map<Rule, RuleMeta> rules;

  private RuleSet(Standard standard, Map<Rule, RuleMeta> rules) {
    this.standard = standard;
    this.rules = rules;
  }

  public static RuleSet catalogue() {
    return select(null, List.of(), List.of());
  }

  /**
   * @param standard null for Moat's catalogue
   * @param enable when not empty, only these rules run
   * @param disable rules that do not run
   * @throws IllegalArgumentException naming an unknown id
   */
  public static RuleSet select(Standard standard, Collection<String> enableIds, Collection<String> disableIds) {
    // "--enable a, b" is as good as "--enable a,b"
    List<String> enable = enableIds.stream().map(String::trim).filter(x -> !x.isEmpty()).toList();
    List<String> disable = disableIds.stream().map(String::trim).filter(x -> !x.isEmpty()).toList();
    List<Rule> candidates = standard == null ? Catalogue.rules() : standard.controls();
    Map<String, Rule> byId = new LinkedHashMap<>();
    Map<Rule, RuleMeta> metas = new LinkedHashMap<>();
    for (Rule r : candidates) {
      RuleMeta m = r.meta();
      byId.put(m.id(), r);
      metas.put(r, m);
    }
    for (String id : enable) {
      check(id, byId, standard);
    }
    for (String id : disable) {
      check(id, byId, standard);
    }
    Map<Rule, RuleMeta> chosen = new LinkedHashMap<>();
    metas.forEach((rule, meta) -> {
      if ((enable.isEmpty() || enable.contains(meta.id())) && !disable.contains(meta.id())) {
        chosen.put(rule, meta);
      }
    });
    if (chosen.isEmpty()) {
      throw new IllegalArgumentException("no rule left to run: --enable and --disable exclude every one");
    }
    return new RuleSet(standard, chosen);
  }

  private static void check(String id, Map<String, Rule> byId, Standard standard) {
    if (byId.containsKey(id)) {
      return;
    }
    String scope = standard == null ? "Moat's rules" : "the controls of " + standard.id();
    String suggestion = RuleIds.closest(id, byId.keySet());
    throw new IllegalArgumentException("unknown rule '" + id + "' among " + scope
        + (suggestion == null ? "" : "; did you mean '" + suggestion + "'?")
        + " (list them with: moat rules" + (standard == null ? "" : " --standard " + standard.id()) + ")");
  }

  public Standard standard() {
    return standard;
  }

  public Map<Rule, RuleMeta> rules() {
    return rules;
  }

  public List<RuleMeta> metas() {
    return new ArrayList<>(rules.values());
  }

  /** Every id a suppression may name in any mode: the catalogue and all standards. */
  static boolean isKnownId(String id) {
    return KnownIds.ALL.contains(id);
  }

  /** The known id nearest to a mistyped one, or null. */
  static String closestKnownId(String id) {
    return RuleIds.closest(id, KnownIds.ALL);
  }

  /** Built on first use only: most runs carry no suppression. */
  private static final class KnownIds {
    static final java.util.Set<String> ALL = build();

    private static java.util.Set<String> build() {
      java.util.Set<String> ids = new java.util.HashSet<>();
      Catalogue.rules().forEach(r -> ids.add(r.meta().id()));
      for (Standard s : Standard.values()) {
        s.controls().forEach(r -> ids.add(r.meta().id()));
      }
      return java.util.Set.copyOf(ids);
    }
  }
}
