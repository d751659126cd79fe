package dev.moat.model;

import java.util.List;

/**
 * One build stage: FROM to the next FROM.
 *
 * @param name the stage name (FROM ... AS name), or null
 * @param base the base image with build arguments substituted; its source is the FROM line
 */
public record DockerfileStage(int index, String name, Setting<String> base, List<DockerInstruction> instructions) {

  public DockerfileStage {
    instructions = List.copyOf(instructions);
  }
}
