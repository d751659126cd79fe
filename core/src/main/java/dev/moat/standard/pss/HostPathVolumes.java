package dev.moat.standard.pss;

import dev.moat.model.Volume;
import dev.moat.model.Workload;
import dev.moat.rule.Layer;
import dev.moat.rule.Violation;
import dev.moat.rule.WorkloadRule;
import java.util.ArrayList;
import java.util.List;

/** Baseline: no volume may be a hostPath. */
final class HostPathVolumes extends PssControl implements WorkloadRule {

  HostPathVolumes() {
    super("pss-host-path-volumes", "baseline", "HostPath Volumes", "hostPathVolumes", Layer.SEGMENTATION,
        "Pod uses a hostPath volume", "Replace hostPath volumes with emptyDir, configMap, secret or a PersistentVolumeClaim.");
  }

  @Override
  public List<Violation> check(Workload w) {
    List<Violation> out = new ArrayList<>();
    for (Volume v : w.volumes()) {
      if (v.sourceKinds().contains("hostPath")) {
        out.add(Violation.at(v.source(), "hostPath volumes: volume \"%s\" must not use hostPath", v.name()));
      }
    }
    return out;
  }
}
