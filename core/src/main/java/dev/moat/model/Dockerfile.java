package dev.moat.model;

import java.util.List;

/**
 * A parsed Dockerfile. Build-time input keeps its own shape: stages of instructions with lines;
 * the final stage decides what the image runs as.
 *
 * @param user the image's USER: the last USER of the final stage (build arguments and
 *     environment substituted), unset when the final stage has none (the base image decides)
 */
public record Dockerfile(ObjectRef ref, Source source, List<DockerfileStage> stages, Setting<String> user) {

  public Dockerfile {
    stages = List.copyOf(stages);
  }

  public DockerfileStage finalStage() {
    return stages.isEmpty() ? null : stages.get(stages.size() - 1);
  }
}
