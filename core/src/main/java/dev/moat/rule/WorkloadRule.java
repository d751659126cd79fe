package dev.moat.rule;

import dev.moat.model.Workload;
import java.util.List;

/** A rule about something every container of a workload shares: host namespaces, sysctls. */
public non-sealed interface WorkloadRule extends Rule {

  List<Violation> check(Workload workload);
}
