package dev.moat.model;

import java.util.List;

/**
 * A parsed Dockerfile. Build-time input keeps its own shape: global build arguments, then stages of
 * instructions with lines; the final stage decides what the image runs as.
 *
 * @param ref names the Dockerfile in reports (kind "Dockerfile", name: the file as given)
 * @param globalArgs the ARG instructions before the first FROM (the only ones FROM can use)
 * @param user the image's USER: the last USER of the final stage, or of the stage it builds on
 *     (FROM an earlier stage), with build arguments (at their defaults) and ENV substituted; unset
 *     when no USER decides (the base image does) or when a build argument without a default does
 * @param userInstruction the USER instruction behind {@code user}, or null when there is none
 */
public record Dockerfile(
    ObjectRef ref,
    Source source,
    List<DockerInstruction> globalArgs,
    List<DockerfileStage> stages,
    Setting<String> user,
    DockerInstruction userInstruction) {

  public Dockerfile {
    globalArgs = List.copyOf(globalArgs);
    stages = List.copyOf(stages);
  }

  public DockerfileStage finalStage() {
    return stages.isEmpty() ? null : stages.get(stages.size() - 1);
  }

  /**
   * The stage whose base is an image (or scratch) that {@code stage} ultimately builds on: the
   * stage itself, or the first of the chain FROM stage → FROM stage → ... FROM image.
   */
  public DockerfileStage imageStageOf(DockerfileStage stage) {
    DockerfileStage s = stage;
    while (s.buildsOnStage()) {
      s = stages.get(s.baseStage());
    }
    return s;
  }
}
