package dev.moat.rules;

import dev.moat.model.Dockerfile;
import dev.moat.model.DockerfileStage;

/** Shared wording for Dockerfile build stages. */
final class Stages {

  private Stages() {}

  /** "the final stage", "the final stage 'runtime'", "stage 'build'", "stage 0". */
  static String of(Dockerfile d, DockerfileStage s) {
    String named = s.name() == null ? null : "'" + s.name() + "'";
    if (s == d.finalStage()) {
      return named == null ? "the final stage" : "the final stage " + named;
    }
    return named == null ? "stage " + s.index() : "stage " + named;
  }
}
