package dev.moat.result;

import dev.moat.model.ObjectRef;
import dev.moat.model.Source;
import dev.moat.rule.Layer;
import dev.moat.rule.Severity;
import java.util.Comparator;
import java.util.Objects;

/**
 * One reported problem: which rule, how bad, which layer would close it, where, and on what.
 *
 * @param object the Kubernetes object, Compose service or container it concerns
 * @param container the container's name, or null for a finding about the whole workload
 * @param control the standard's control name when the rule belongs to a standard, else null
 * @param suppressionReason why it was suppressed (null when not suppressed or no reason given)
 */
public record Finding(
    String ruleId,
    Severity severity,
    Layer layer,
    String message,
    Source location,
    ObjectRef object,
    String container,
    String control,
    boolean suppressed,
    String suppressionReason) {

  /** The order every report uses: file, line, rule, object, container, message. */
  public static final Comparator<Finding> ORDER =
      Comparator.comparing((Finding f) -> f.location().file())
          .thenComparingInt(f -> f.location().line())
          .thenComparing(Finding::ruleId)
          .thenComparing(f -> f.object() == null ? "" : f.object().display())
          .thenComparing(f -> f.container() == null ? "" : f.container())
          .thenComparing(Finding::message);

  public Finding {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(layer, "layer");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(location, "location");
  }

  public Finding suppress(String reason) {
    return new Finding(ruleId, severity, layer, message, location, object, container, control, true, reason);
  }
}
