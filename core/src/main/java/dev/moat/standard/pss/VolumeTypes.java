package dev.moat.standard.pss;

import dev.moat.model.Volume;
import dev.moat.model.Workload;
import dev.moat.rule.Layer;
import dev.moat.rule.Violation;
import dev.moat.rule.WorkloadRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Restricted: a volume passes as soon as one of the allowed sources is set (non-null), whatever
 * else it carries; a volume with a restricted source and no allowed one fails. A volume with no
 * source at all ({@code - name: x}, {@code emptyDir:} with no value, or only keys Kubernetes does
 * not know, which Go decoding drops) passes: the API server defaults it to {@code emptyDir: {}}
 * before admission runs, and Pod Security Admission's own test data lists such a pod as passing.
 * Replaces baseline's hostPathVolumes.
 */
final class VolumeTypes extends PssControl implements WorkloadRule {

  static final Set<String> ALLOWED = Set.of(
      "configMap", "csi", "downwardAPI", "emptyDir", "ephemeral", "image", "persistentVolumeClaim",
      "projected", "secret");

  /** The restricted sources PSA names in its message, in the order it tests them. */
  static final List<String> RESTRICTED = List.of(
      "hostPath", "gcePersistentDisk", "awsElasticBlockStore", "gitRepo", "nfs", "iscsi", "glusterfs",
      "rbd", "flexVolume", "cinder", "cephfs", "flocker", "fc", "azureFile", "vsphereVolume", "quobyte",
      "azureDisk", "photonPersistentDisk", "portworxVolume", "scaleIO", "storageos");

  VolumeTypes() {
    super("pss-volume-types", "restricted", "Volume Types", "restrictedVolumes", Layer.SEGMENTATION,
        "Pod uses a restricted volume type",
        "Use only configMap, csi, downwardAPI, emptyDir, ephemeral, image, persistentVolumeClaim, projected or secret volumes.");
  }

  @Override
  public List<Violation> check(Workload w) {
    List<Violation> out = new ArrayList<>();
    for (Volume v : w.volumes()) {
      boolean defaultedToEmptyDir = v.sourceKinds().stream().noneMatch(k -> ALLOWED.contains(k) || RESTRICTED.contains(k));
      if (!defaultedToEmptyDir && v.sourceKinds().stream().noneMatch(ALLOWED::contains)) {
        out.add(Violation.at(v.source(), "restricted volume types: volume \"%s\" uses restricted volume type \"%s\"",
            v.name(), typeName(v)));
      }
    }
    return out;
  }

  /** The first restricted source the volume sets, or "unknown". */
  static String typeName(Volume v) {
    return RESTRICTED.stream().filter(v.sourceKinds()::contains).findFirst().orElse("unknown");
  }
}
