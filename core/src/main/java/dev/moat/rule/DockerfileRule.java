package dev.moat.rule;

import dev.moat.model.Dockerfile;
import java.util.List;

/** A rule about how an image is built, read from its Dockerfile. */
public non-sealed interface DockerfileRule extends Rule {

  List<Violation> check(Dockerfile dockerfile);
}
