package dev.moat.standard;

import dev.moat.model.Platform;
import dev.moat.model.Workload;
import dev.moat.rule.Rule;
import dev.moat.standard.pss.PodSecurityStandards;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Published standards Moat can evaluate exactly, instead of its own opinion. With a standard,
 * only its controls run and each finding names its control.
 */
public enum Standard {
  PSS_BASELINE("pss-baseline", "Kubernetes Pod Security Standards, baseline (v" + PodSecurityStandards.VERSION + ")",
      PodSecurityStandards::baseline),
  PSS_RESTRICTED("pss-restricted", "Kubernetes Pod Security Standards, restricted (v" + PodSecurityStandards.VERSION + ")",
      PodSecurityStandards::restricted);

  private final String id;
  private final String title;
  private final Supplier<List<Rule>> controls;

  Standard(String id, String title, Supplier<List<Rule>> controls) {
    this.id = id;
    this.title = title;
    this.controls = controls;
  }

  public String id() {
    return id;
  }

  public String title() {
    return title;
  }

  public List<Rule> controls() {
    return controls.get();
  }

  /** The Pod Security Standards are about Kubernetes pods; other workloads are outside them. */
  public boolean appliesTo(Workload workload) {
    return workload.platform() == Platform.KUBERNETES;
  }

  public static Optional<Standard> byId(String id) {
    return Arrays.stream(values()).filter(s -> s.id.equals(id)).findFirst();
  }

  public static String ids() {
    return Arrays.stream(values()).map(Standard::id).collect(Collectors.joining(", "));
  }
}
