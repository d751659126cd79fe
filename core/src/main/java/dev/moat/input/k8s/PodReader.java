package dev.moat.input.k8s;

import dev.moat.input.tree.MapReader;
import dev.moat.model.Container;
import dev.moat.model.ContainerKind;
import dev.moat.model.MountKind;
import dev.moat.model.Namespaces;
import dev.moat.model.ObjectRef;
import dev.moat.model.Platform;
import dev.moat.model.PodDefaults;
import dev.moat.model.Setting;
import dev.moat.model.Source;
import dev.moat.model.Suppression;
import dev.moat.model.Sysctl;
import dev.moat.model.Volume;
import dev.moat.model.Workload;
import dev.moat.model.WorkloadIsolation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads a pod spec (of a Pod or of any template) into a {@link Workload}. */
final class PodReader {

  static final String IGNORE_ANNOTATION = "moat.dev/ignore";
  static final String IGNORE_REASON_ANNOTATION = "moat.dev/ignore-reason";

  private PodReader() {}

  static Workload read(ObjectRef ref, Source objectSource, ObjectMeta objectMeta, ObjectMeta podMeta, MapReader spec) {
    Source specSource = spec.source();
    MapReader podSc = spec.map("securityContext");
    PodDefaults defaults = podDefaults(podSc, specSource);
    Map<String, Volume> volumes = volumes(spec);
    PodContext pod = new PodContext(defaults, volumes, podMeta, specSource);

    List<Container> containers = new ArrayList<>();
    for (ContainerKind kind : List.of(ContainerKind.INIT, ContainerKind.REGULAR, ContainerKind.EPHEMERAL)) {
      List<MapReader> list = spec.maps(kind.field());
      for (int i = 0; i < list.size(); i++) {
        containers.add(ContainerReader.read(list.get(i), kind, i, pod));
      }
    }

    Namespaces namespaces = new Namespaces(
        defaulted(spec.bool("hostPID"), false),
        defaulted(spec.bool("hostNetwork"), false),
        defaulted(spec.bool("hostIPC"), false),
        Setting.unset(specSource), // no Kubernetes field
        Setting.unset(specSource), // decided by the runtime and cgroup version
        defaulted(spec.bool("hostUsers"), true));

    MapReader os = spec.map("os");
    WorkloadIsolation isolation = new WorkloadIsolation(
        namespaces,
        sysctls(podSc),
        spec.string("runtimeClassName"),
        defaulted(spec.bool("automountServiceAccountToken"), true),
        os == null ? Setting.unset(specSource.child("os")) : os.string("name"),
        defaults);

    List<Suppression> suppressions = new ArrayList<>();
    addSuppression(objectMeta, suppressions);
    if (podMeta != objectMeta) {
      addSuppression(podMeta, suppressions);
    }
    return new Workload(ref, Platform.KUBERNETES, objectSource, isolation, containers,
        List.copyOf(volumes.values()), podMeta.annotations(), suppressions);
  }

  private static Setting<Boolean> defaulted(Setting<Boolean> s, boolean platformDefault) {
    return s.isKnown() ? s : Setting.defaulted(platformDefault, s.source());
  }

  private static PodDefaults podDefaults(MapReader sc, Source specSource) {
    if (sc == null) {
      return PodDefaults.none(specSource.child("securityContext"));
    }
    Setting<dev.moat.model.Profile> seccomp = Profiles.field(sc, "seccompProfile");
    Setting<dev.moat.model.Profile> appArmor = Profiles.field(sc, "appArmorProfile");
    var seLinux = ContainerReader.seLinuxOptions(sc);
    var hostProcess = ContainerReader.windowsHostProcess(sc);
    Source where = sc.source();
    return new PodDefaults(
        sc.integer("runAsUser"),
        sc.integer("runAsGroup"),
        sc.bool("runAsNonRoot"),
        seccomp != null ? seccomp : Setting.unset(where.child("seccompProfile")),
        appArmor != null ? appArmor : Setting.unset(where.child("appArmorProfile")),
        seLinux != null ? seLinux : Setting.unset(where.child("seLinuxOptions")),
        hostProcess != null ? hostProcess : Setting.unset(where.child("windowsOptions")),
        sc.integer("fsGroup"),
        sc.integers("supplementalGroups"));
  }

  private static List<Sysctl> sysctls(MapReader podSc) {
    if (podSc == null) {
      return List.of();
    }
    List<Sysctl> out = new ArrayList<>();
    for (MapReader s : podSc.maps("sysctls")) {
      Setting<String> name = s.string("name");
      out.add(new Sysctl(name.orElse(""), s.string("value").orElse(""), name.source()));
    }
    return out;
  }

  private static Map<String, Volume> volumes(MapReader spec) {
    Map<String, Volume> out = new LinkedHashMap<>();
    for (MapReader v : spec.maps("volumes")) {
      String name = v.string("name").orElse("");
      List<String> kinds = new ArrayList<>();
      for (String key : v.node().keys()) {
        if (!"name".equals(key) && v.has(key)) {
          kinds.add(key);
        }
      }
      String hostPath = null;
      Source hostPathSource = null;
      MountKind kind = MountKind.VOLUME;
      MapReader hp = v.map("hostPath");
      if (hp != null) {
        Setting<String> path = hp.string("path");
        hostPath = path.orElse("");
        hostPathSource = path.source();
        kind = MountKind.HOST_PATH;
      } else {
        MapReader emptyDir = v.map("emptyDir");
        if (emptyDir != null && "Memory".equals(emptyDir.string("medium").value())) {
          kind = MountKind.TMPFS;
        }
      }
      out.put(name, new Volume(name, kinds, kind, hostPath, v.source(), hostPathSource));
    }
    return out;
  }

  private static void addSuppression(ObjectMeta meta, List<Suppression> out) {
    Setting<String> written = meta.annotations().get(IGNORE_ANNOTATION);
    if (written == null) {
      return;
    }
    String ids = written.value();
    List<String> ruleIds = new ArrayList<>();
    for (String id : ids.split(",")) {
      String t = id.trim();
      if (!t.isEmpty()) {
        ruleIds.add(t);
      }
    }
    String reason = meta.annotation(IGNORE_REASON_ANNOTATION);
    out.add(new Suppression(ruleIds, reason == null || reason.isBlank() ? null : reason.trim(), written.source()));
  }
}
