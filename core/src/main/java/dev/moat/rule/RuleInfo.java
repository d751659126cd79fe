package dev.moat.rule;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A rule's metadata, written on the rule class itself so the rule and what it claims can never
 * drift apart. Ids are kebab-case and frozen once released.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RuleInfo {

  String id();

  Layer layer();

  /** The default severity; a violation may raise or lower it and says why in its message. */
  Severity severity();

  /** One line: what is wrong. */
  String summary();

  /** Why it matters: what an attacker gains, in a few sentences. */
  String description();

  /** What to change, for every format that can express it. */
  String remediation();

  /** Benchmarks and standards: "CIS Docker 5.4", "PSS baseline: Privileged Containers". */
  String[] references() default {};

  /** Ids of the same check in other tools (Trivy, Kubescape, Checkov), for cross-reference. */
  String[] aliases() default {};

  /**
   * Less specific rules this one replaces at the same place: a docker.sock mount is reported as
   * container-runtime-socket, not also as host-path-mount and sensitive-host-path.
   */
  String[] supersedes() default {};
}
