package dev.moat.rules;

import dev.moat.model.Dockerfile;
import dev.moat.model.DockerfileStage;
import dev.moat.model.Setting;
import dev.moat.rule.DockerfileRule;
import dev.moat.rule.Layer;
import dev.moat.rule.RuleInfo;
import dev.moat.rule.Severity;
import dev.moat.rule.Violation;
import java.util.ArrayList;
import java.util.List;

/**
 * Flags base images not pinned by digest, in every stage: no tag or latest (MEDIUM), a tag without
 * a digest (LOW). FROM scratch and FROM an earlier stage are not images to pin. A base that a build
 * argument without a default decides cannot be judged (LOW).
 */
@RuleInfo(
    id = "dockerfile-unpinned-base",
    layer = Layer.SUPPLY_CHAIN,
    severity = Severity.MEDIUM,
    summary = "Base image is not pinned by digest",
    description = "A tag can be moved to another image at any time, by the publisher or by whoever "
        + "compromises the registry, so the same Dockerfile builds different images: what ships is not "
        + "what was reviewed, and builds cannot be reproduced. latest (or no tag) changes on every push. "
        + "Builder stages count too: what they compile ends up in the image.",
    remediation = "Pin every FROM by digest, keeping the tag for readers: FROM node:20.11-bookworm@sha256:<digest> "
        + "(docker buildx imagetools inspect node:20.11-bookworm prints it); let a bot such as Renovate or "
        + "Dependabot move the digest.",
    references = {"CIS Docker 4.2"},
    aliases = {"DL3006", "DL3007", "DS001", "CKV_DOCKER_7"})
public final class DockerfileUnpinnedBase implements DockerfileRule {

  @Override
  public List<Violation> check(Dockerfile d) {
    List<Violation> out = new ArrayList<>();
    for (DockerfileStage s : d.stages()) {
      if (s.buildsOnStage() || s.isScratch() || s.from().arguments().isBlank()) {
        continue;
      }
      Setting<String> base = s.base();
      if (!base.isKnown()) {
        out.add(Violation.at(base.source(), "%s builds FROM %s, which a build argument without a default decides: "
            + "Moat cannot tell whether it is pinned", Stages.of(d, s), s.from().arguments().strip().split("\\s+")[0])
            .withSeverity(Severity.LOW));
        continue;
      }
      ImageReference ref = ImageReference.parse(base.value());
      if (ref.digest() != null) {
        continue;
      }
      if (ref.tag() == null || ref.tag().equals("latest")) {
        out.add(Violation.at(base.source(), "%s builds FROM %s: %s, which changes on every push", Stages.of(d, s),
            base.value(), ref.tag() == null ? "no tag means latest" : "latest"));
      } else {
        out.add(Violation.at(base.source(), "%s builds FROM %s, tagged but not pinned by digest", Stages.of(d, s),
            base.value()).withSeverity(Severity.LOW));
      }
    }
    return out;
  }
}
