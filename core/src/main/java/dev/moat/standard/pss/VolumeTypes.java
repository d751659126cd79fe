package dev.moat.standard.pss;

import dev.moat.model.Volume;
import dev.moat.model.Workload;
import dev.moat.rule.Layer;
import dev.moat.rule.Violation;
import dev.moat.rule.WorkloadRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Restricted: every volume must use one of the allowed volume sources. */
final class VolumeTypes extends PssControl implements WorkloadRule {

  static final Set<String> ALLOWED = Set.of(
      "configMap", "csi", "downwardAPI", "emptyDir", "ephemeral", "image", "persistentVolumeClaim",
      "projected", "secret");

  VolumeTypes() {
    super("pss-volume-types", "restricted", "Volume Types", "restrictedVolumes", Layer.SEGMENTATION,
        "Pod uses a restricted volume type",
        "Use only configMap, csi, downwardAPI, emptyDir, ephemeral, image, persistentVolumeClaim, projected or secret volumes.");
  }

  @Override
  public List<Violation> check(Workload w) {
    List<Violation> out = new ArrayList<>();
    for (Volume v : w.volumes()) {
      if (v.sourceKinds().stream().noneMatch(ALLOWED::contains)) {
        String type = v.sourceKinds().isEmpty() ? "unknown" : String.join(", ", v.sourceKinds());
        out.add(Violation.at(v.source(), "restricted volume types: volume \"%s\" uses %s", v.name(), type));
      }
    }
    return out;
  }
}
