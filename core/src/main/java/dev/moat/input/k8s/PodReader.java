package dev.moat.input.k8s;

import dev.moat.input.IgnoreLabel;
import dev.moat.input.tree.MapReader;
import dev.moat.model.Container;
import dev.moat.model.ContainerKind;
import dev.moat.model.MountKind;
import dev.moat.model.Namespaces;
import dev.moat.model.ObjectRef;
import dev.moat.model.Platform;
import dev.moat.model.PodDefaults;
import dev.moat.model.Resources;
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

  private PodReader() {}

  /**
   * @param specKey where the pod spec's "spec:" key is written: a pod-level setting that is not
   *     written points there, not at whatever key happens to come first inside the spec
   */
  /**
   * @param metas the metadata of the object and of every template on the way to the pod, in order
   * @param accountAutomount what the pod's ServiceAccount in the same input says about token
   *     automounting, or null
   */
  static Workload read(ObjectRef ref, Source objectSource, List<ObjectMeta> metas, ObjectMeta podMeta,
      MapReader spec, Source specKey, Setting<Boolean> accountAutomount) {
    MapReader podSc = spec.map("securityContext");
    PodDefaults defaults = podDefaults(podSc, podSc != null ? spec.sourceOf("securityContext") : specKey.child("securityContext"));
    Map<String, Volume> volumes = volumes(spec);
    PodContext pod = new PodContext(defaults, volumes, podMeta, podLimits(spec, specKey));

    List<Container> containers = new ArrayList<>();
    for (ContainerKind kind : List.of(ContainerKind.INIT, ContainerKind.REGULAR, ContainerKind.EPHEMERAL)) {
      List<MapReader> list = spec.maps(kind.field());
      for (int i = 0; i < list.size(); i++) {
        containers.add(ContainerReader.read(list.get(i), kind, i, pod));
      }
    }

    Setting<Boolean> hostNetwork = field(spec, "hostNetwork", false, specKey);
    Namespaces namespaces = new Namespaces(
        field(spec, "hostPID", false, specKey),
        hostNetwork,
        field(spec, "hostIPC", false, specKey),
        // No field of its own: the CRI runtimes (containerd, CRI-O) give a host-network pod the
        // node's UTS namespace too, so it sees, and with SYS_ADMIN sets, the node's hostname.
        Setting.defaulted(Setting.isTrue(hostNetwork), hostNetwork.source()),
        hostCgroup(containers, specKey),
        field(spec, "hostUsers", true, specKey));

    MapReader os = spec.map("os");
    WorkloadIsolation isolation = new WorkloadIsolation(
        namespaces,
        sysctls(podSc),
        spec.node().has("runtimeClassName") ? spec.string("runtimeClassName") : Setting.unset(specKey.child("runtimeClassName")),
        automount(spec, specKey, accountAutomount),
        os == null ? Setting.unset(specKey.child("os")) : os.string("name"),
        defaults);

    List<Suppression> suppressions = new ArrayList<>();
    for (ObjectMeta meta : metas) {
      addSuppression(meta, suppressions);
    }
    return new Workload(ref, Platform.KUBERNETES, objectSource, isolation, containers,
        List.copyOf(volumes.values()), podMeta.annotations(), suppressions);
  }

  /**
   * No field either: containerd gives a container a private cgroup namespace only on cgroup v2 and
   * only when it is not privileged. A privileged container therefore shares the node's (pointed
   * at its privileged line); otherwise the node's cgroup version decides, which no manifest shows.
   */
  private static Setting<Boolean> hostCgroup(List<Container> containers, Source specKey) {
    for (Container c : containers) {
      if (Setting.isTrue(c.isolation().privileged())) {
        return Setting.defaulted(true, c.isolation().privileged().source());
      }
    }
    return Setting.unset(specKey.child("hostCgroup"));
  }

  /** The pod's own choice, else its ServiceAccount's (pointed at that line), else mounted. */
  private static Setting<Boolean> automount(MapReader spec, Source specKey, Setting<Boolean> account) {
    Setting<Boolean> own = spec.bool("automountServiceAccountToken");
    if (own.isKnown() || account == null) {
      return field(spec, "automountServiceAccountToken", true, specKey);
    }
    return account.inherited();
  }

  /** A boolean of the pod spec, or the platform default at the "spec:" line when not written. */
  private static Setting<Boolean> field(MapReader spec, String key, boolean platformDefault, Source specKey) {
    Setting<Boolean> s = spec.bool(key);
    if (s.isKnown()) {
      return s;
    }
    return Setting.defaulted(platformDefault, spec.node().has(key) ? s.source() : specKey.child(key));
  }

  /** spec.resources.limits (pod-level resources, Kubernetes 1.34+), each unset when not written. */
  private static Resources podLimits(MapReader spec, Source specKey) {
    MapReader res = spec.map("resources");
    MapReader limits = res == null ? null : res.map("limits");
    if (limits == null) {
      Source none = specKey.child("resources");
      return new Resources(Setting.unset(none), Setting.unset(none), Setting.unset(none));
    }
    return new Resources(limits.quantity("memory"), limits.quantity("cpu"), Setting.unset(res.sourceOf("limits")));
  }

  /** @param where the pod's "securityContext:" key, or where it would be written */
  private static PodDefaults podDefaults(MapReader sc, Source where) {
    if (sc == null) {
      return PodDefaults.none(where);
    }
    Setting<dev.moat.model.Profile> seccomp = Profiles.field(sc, "seccompProfile");
    Setting<dev.moat.model.Profile> appArmor = Profiles.field(sc, "appArmorProfile");
    var seLinux = ContainerReader.seLinuxOptions(sc);
    var hostProcess = ContainerReader.windowsHostProcess(sc);
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
    Setting<String> written = meta.annotations().get(IgnoreLabel.KEY);
    if (written == null) {
      Setting<String> reasonOnly = meta.annotations().get(IgnoreLabel.REASON_KEY);
      if (reasonOnly != null) {
        // A reason without the ids: recorded so the engine can say it suppresses nothing.
        out.add(new Suppression(List.of(), reasonOnly.value(), reasonOnly.source()));
      }
      return;
    }
    // Not IgnoreLabel.suppression: this split drops what trim() empties, that one what isBlank() calls
    // blank. They differ for control characters and Unicode spaces: sharing one would change which ids an
    // annotation names.
    String ids = written.value();
    List<String> ruleIds = new ArrayList<>();
    for (String id : ids.split(",")) {
      String t = id.trim();
      if (!t.isEmpty()) {
        ruleIds.add(t);
      }
    }
    String reason = meta.annotation(IgnoreLabel.REASON_KEY);
    out.add(new Suppression(ruleIds, reason == null || reason.isBlank() ? null : reason.trim(), written.source()));
  }
}
