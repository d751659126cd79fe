package dev.moat.rule;

/**
 * A check over the model. A rule is a small final class with {@link RuleInfo}; it reads the
 * model only, never an input format, so every format that fills the model is judged alike.
 */
public sealed interface Rule permits WorkloadRule, ContainerRule, DockerfileRule {

  default RuleMeta meta() {
    return RuleMeta.of(getClass());
  }
}
