package dev.moat.rules;

import dev.moat.model.Container;
import dev.moat.model.Setting;
import dev.moat.model.Workload;
import dev.moat.rule.ContainerRule;
import dev.moat.rule.Layer;
import dev.moat.rule.RuleInfo;
import dev.moat.rule.Severity;
import dev.moat.rule.Violation;
import java.util.List;

/** Flags images referenced by a mutable tag instead of a digest. */
@RuleInfo(
    id = "image-tag-mutable",
    layer = Layer.SUPPLY_CHAIN,
    severity = Severity.MEDIUM,
    summary = "Image is not pinned by digest",
    description = "A tag can be moved to another image at any time, by the publisher or by whoever "
        + "compromises the registry: what runs is not what was reviewed. latest (or no tag) changes on "
        + "every push; even a version tag can be re-pushed.",
    remediation = "Reference images by digest (name@sha256:...), e.g. with a tag for readability: "
        + "nginx:1.27.3@sha256:<digest>.",
    references = {"CIS Docker 4.2"},
    aliases = {"KSV-0013", "C-0075", "CKV_K8S_14", "CKV_K8S_43"})
public final class ImageTagMutable implements ContainerRule {

  @Override
  public List<Violation> check(Workload w, Container c) {
    Setting<String> image = c.image();
    if (!image.isKnown() || image.value().isBlank()) {
      return List.of();
    }
    ImageReference ref = ImageReference.parse(image.value());
    if (ref.digest() != null) {
      return List.of();
    }
    if (ref.tag() == null || "latest".equals(ref.tag())) {
      return List.of(Violation.at(image.source(), "%s uses image %s with %s tag: it changes on every push",
          Subject.of(c), image.value(), ref.tag() == null ? "no" : "the latest"));
    }
    return List.of(Violation.at(image.source(), "%s uses image %s, tagged but not pinned by digest",
        Subject.of(c), image.value()).withSeverity(Severity.LOW));
  }
}
