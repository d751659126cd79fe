package dev.moat.rule;

import java.util.List;
import java.util.Objects;

/**
 * A rule's metadata as data: what reports and {@code moat rules} print. Built from
 * {@link RuleInfo} for catalogue rules and directly for the controls of a standard.
 *
 * @param control the standard's own name for it ("PSS restricted: Volume Types"), or null
 */
public record RuleMeta(
    String id,
    Layer layer,
    Severity severity,
    String summary,
    String description,
    String remediation,
    List<String> references,
    List<String> aliases,
    List<String> supersedes,
    String control) {

  public RuleMeta {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(layer, "layer");
    Objects.requireNonNull(severity, "severity");
    references = List.copyOf(references);
    aliases = List.copyOf(aliases);
    supersedes = List.copyOf(supersedes);
  }

  public static RuleMeta of(Class<?> ruleClass) {
    RuleInfo info = ruleClass.getAnnotation(RuleInfo.class);
    if (info == null) {
      throw new IllegalStateException(ruleClass.getName() + " lacks @RuleInfo");
    }
    return new RuleMeta(info.id(), info.layer(), info.severity(), info.summary(), info.description(),
        info.remediation(), List.of(info.references()), List.of(info.aliases()),
        List.of(info.supersedes()), null);
  }
}
