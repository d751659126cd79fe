package dev.moat.rule;

import dev.moat.model.Container;
import dev.moat.model.Workload;
import java.util.List;

/** A rule about one container; it runs for init, regular and ephemeral containers alike. */
public non-sealed interface ContainerRule extends Rule {

  List<Violation> check(Workload workload, Container container);
}
