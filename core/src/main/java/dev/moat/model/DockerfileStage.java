package dev.moat.model;

import java.util.List;

/**
 * One build stage: its FROM instruction (the first of {@code instructions}) up to the next FROM.
 *
 * @param index 0-based, as COPY --from=0 counts
 * @param name the stage name (FROM ... AS name), lower case as BuildKit compares it, or null
 * @param base the base image with global build arguments substituted (at their defaults); its source
 *     is the FROM line; unset when a build argument without a default decides it
 * @param baseStage the index of the earlier stage this one builds on (FROM builder), or -1 when
 *     the base is an image or scratch
 */
public record DockerfileStage(
    int index, String name, Setting<String> base, int baseStage, List<DockerInstruction> instructions) {

  public DockerfileStage {
    instructions = List.copyOf(instructions);
  }

  public boolean buildsOnStage() {
    return baseStage >= 0;
  }

  /** The FROM instruction that opens this stage. */
  public DockerInstruction from() {
    return instructions.get(0);
  }

  /** True when this stage starts from the empty image. */
  public boolean isScratch() {
    return !buildsOnStage() && base.isKnown() && base.value().equalsIgnoreCase("scratch");
  }
}
