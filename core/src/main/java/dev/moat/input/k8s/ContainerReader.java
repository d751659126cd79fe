package dev.moat.input.k8s;

import dev.moat.input.tree.MapReader;
import dev.moat.model.Capabilities;
import dev.moat.model.Container;
import dev.moat.model.ContainerKind;
import dev.moat.model.DefaultCapabilities;
import dev.moat.model.Identity;
import dev.moat.model.Isolation;
import dev.moat.model.Mount;
import dev.moat.model.MountKind;
import dev.moat.model.PodDefaults;
import dev.moat.model.Port;
import dev.moat.model.Profile;
import dev.moat.model.Resources;
import dev.moat.model.SeLinux;
import dev.moat.model.Setting;
import dev.moat.model.Source;
import dev.moat.model.Volume;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads one container and resolves its pod's securityContext into it, once, so no rule ever
 * has to know that Kubernetes inherits pod-level settings. Precedence follows what the API server
 * and kubelet do: the container's field, then the pod's field; for seccomp the API server first
 * copies a legacy annotation into the field it stands for, so a container annotation beats the
 * pod field (see {@link #seccomp}).
 *
 * <p>A setting that is not written points at the line where it would be written: the
 * container's {@code securityContext:} (or {@code resources:}, {@code capabilities:}) key, or the
 * container's first line when that block is absent. Pointing at whatever key happens to come
 * first inside the block would blame an unrelated line.
 */
final class ContainerReader {

  private ContainerReader() {}

  static Container read(MapReader c, ContainerKind kind, int index, PodContext pod) {
    String name = c.string("name").orElse(kind.field() + "[" + index + "]");
    MapReader sc = c.map("securityContext");
    Source scKey = c.sourceOf("securityContext");
    PodDefaults defaults = pod.defaults();

    Isolation isolation = new Isolation(
        orDefault(sc, "privileged", false, scKey),
        orDefault(sc, "allowPrivilegeEscalation", true, scKey),
        capabilities(sc, scKey),
        seccomp(sc, name, pod, scKey),
        appArmor(sc, name, pod, scKey),
        inherit(seLinuxOptions(sc), defaults.seLinux(), at(sc, "seLinuxOptions", scKey)),
        orDefault(sc, "readOnlyRootFilesystem", false, scKey),
        new Identity(
            inherit(sc == null ? null : sc.integer("runAsUser"), defaults.runAsUser(), at(sc, "runAsUser", scKey)),
            inherit(sc == null ? null : sc.integer("runAsGroup"), defaults.runAsGroup(), at(sc, "runAsGroup", scKey)),
            inherit(sc == null ? null : sc.bool("runAsNonRoot"), defaults.runAsNonRoot(), at(sc, "runAsNonRoot", scKey)),
            Setting.unset(scKey)),
        procMount(sc, scKey),
        inherit(windowsHostProcess(sc), defaults.windowsHostProcess(), at(sc, "windowsOptions", scKey)));

    return new Container(
        name,
        kind,
        c.source(),
        c.string("image"),
        isolation,
        resources(c, pod),
        mounts(c, pod),
        List.of(),
        ports(c),
        ProbeHosts.read(c));
  }

  /** Where a key of the securityContext is written, or where it would be (the securityContext key). */
  private static Source at(MapReader sc, String key, Source scKey) {
    return sc != null && sc.node().has(key) ? sc.sourceOf(key) : scKey.child(key);
  }

  private static Setting<Boolean> orDefault(MapReader sc, String key, boolean platformDefault, Source scKey) {
    Setting<Boolean> s = sc == null ? null : sc.bool(key);
    return s != null && s.isKnown() ? s : Setting.defaulted(platformDefault, at(sc, key, scKey));
  }

  /** The container's own value if written, else the pod's (marked inherited), else unset. */
  private static <T> Setting<T> inherit(Setting<T> own, Setting<T> podLevel, Source where) {
    if (own != null && own.isKnown()) {
      return own;
    }
    if (podLevel.isKnown()) {
      return podLevel.inherited();
    }
    return Setting.unset(where);
  }

  private static Capabilities capabilities(MapReader sc, Source scKey) {
    MapReader caps = sc == null ? null : sc.map("capabilities");
    Source where = at(sc, "capabilities", scKey);
    if (caps == null) {
      return new Capabilities(List.of(), List.of(), DefaultCapabilities.KUBERNETES, where);
    }
    return new Capabilities(caps.strings("add"), caps.strings("drop"), DefaultCapabilities.KUBERNETES, where);
  }

  /**
   * Container field, container annotation, pod field, pod annotation. The API server copies a
   * legacy annotation into the field only where that field is empty (applySeccompVersionSkew), so
   * a container annotation becomes the container's own field and wins over the pod field.
   */
  private static Setting<Profile> seccomp(MapReader sc, String name, PodContext pod, Source scKey) {
    Setting<Profile> own = Profiles.field(sc, "seccompProfile");
    if (own != null) {
      return own;
    }
    Map<String, Setting<String>> annotations = pod.podMeta().annotations();
    Setting<Profile> annotated = Profiles.annotation(annotations, Profiles.SECCOMP_CONTAINER_ANNOTATION + name);
    if (annotated != null) {
      return annotated;
    }
    if (pod.defaults().seccomp().isKnown()) {
      return pod.defaults().seccomp().inherited();
    }
    annotated = Profiles.annotation(annotations, Profiles.SECCOMP_POD_ANNOTATION);
    return annotated != null ? annotated : Setting.unset(at(sc, "seccompProfile", scKey));
  }

  /** Container field, container annotation, pod field: AppArmor has no pod-level annotation. */
  private static Setting<Profile> appArmor(MapReader sc, String name, PodContext pod, Source scKey) {
    Setting<Profile> own = Profiles.field(sc, "appArmorProfile");
    if (own != null) {
      return own;
    }
    Setting<Profile> annotated =
        Profiles.annotation(pod.podMeta().annotations(), Profiles.APPARMOR_CONTAINER_ANNOTATION + name);
    if (annotated != null) {
      return annotated;
    }
    if (pod.defaults().appArmor().isKnown()) {
      return pod.defaults().appArmor().inherited();
    }
    return Setting.unset(at(sc, "appArmorProfile", scKey));
  }

  /**
   * seLinuxOptions of a pod or container securityContext, or null when absent. The kubelet
   * replaces the pod's options as a whole when the container has its own, never field by field.
   */
  static Setting<SeLinux> seLinuxOptions(MapReader sc) {
    MapReader o = sc == null ? null : sc.map("seLinuxOptions");
    if (o == null) {
      return null;
    }
    return Setting.explicit(new SeLinux(
        o.string("user").value(), o.string("role").value(), o.string("type").value(),
        o.string("level").value(), false), sc.sourceOf("seLinuxOptions"));
  }

  static Setting<Boolean> windowsHostProcess(MapReader sc) {
    MapReader w = sc == null ? null : sc.map("windowsOptions");
    return w == null ? null : w.bool("hostProcess");
  }

  private static Setting<String> procMount(MapReader sc, Source scKey) {
    Setting<String> s = sc == null ? null : sc.string("procMount");
    return s != null && s.isKnown() ? s : Setting.defaulted("Default", at(sc, "procMount", scKey));
  }

  /**
   * The container's limits; where it has none, the pod-level limit (spec.resources, Kubernetes
   * 1.34+) bounds it, since the pod's cgroup holds all its containers.
   */
  private static Resources resources(MapReader c, PodContext pod) {
    MapReader res = c.map("resources");
    MapReader limits = res == null ? null : res.map("limits");
    Source where = limits != null ? res.sourceOf("limits") : c.sourceOf("resources");
    Setting<String> memory = limits == null ? Setting.unset(where.child("memory")) : limits.quantity("memory");
    Setting<String> cpu = limits == null ? Setting.unset(where.child("cpu")) : limits.quantity("cpu");
    Resources podLimits = pod.limits();
    return new Resources(
        memory.isKnown() ? memory : podLimits.memoryLimit().isKnown() ? podLimits.memoryLimit().inherited() : Setting.unset(where),
        cpu.isKnown() ? cpu : podLimits.cpuLimit().isKnown() ? podLimits.cpuLimit().inherited() : Setting.unset(where),
        Setting.unset(c.source()));
  }

  /**
   * Joins each volumeMount with its volume. A subPath narrows a hostPath mount to one file or
   * directory, so the mount's host path is the join, and it points at the subPath line: two
   * containers mounting different subPaths of one volume are different findings.
   */
  private static List<Mount> mounts(MapReader c, PodContext pod) {
    List<Mount> out = new ArrayList<>();
    for (MapReader vm : c.maps("volumeMounts")) {
      String volumeName = vm.string("name").orElse("");
      String mountPath = vm.string("mountPath").orElse("");
      Setting<Boolean> readOnly = vm.bool("readOnly");
      if (!readOnly.isKnown()) {
        readOnly = Setting.defaulted(false, readOnly.source());
      }
      Volume v = pod.volumes().get(volumeName);
      if (v != null && v.isHostPath()) {
        Setting<String> subPath = vm.string("subPath");
        if (subPath.isKnown() && !subPath.value().isEmpty()) {
          String base = v.hostPath();
          String hostPath = base.endsWith("/") ? base + subPath.value() : base + "/" + subPath.value();
          out.add(new Mount(MountKind.HOST_PATH, hostPath, mountPath, readOnly, volumeName, vm.source(), subPath.source()));
        } else {
          out.add(new Mount(MountKind.HOST_PATH, v.hostPath(), mountPath, readOnly, volumeName, vm.source(), v.hostPathSource()));
        }
      } else {
        MountKind kind = v != null ? v.kind() : MountKind.VOLUME;
        out.add(new Mount(kind, null, mountPath, readOnly, volumeName, vm.source(), null));
      }
    }
    return out;
  }

  private static List<Port> ports(MapReader c) {
    List<Port> out = new ArrayList<>();
    for (MapReader p : c.maps("ports")) {
      Setting<Long> containerPort = p.integer("containerPort");
      Setting<Long> hostPort = p.integer("hostPort");
      out.add(new Port(
          containerPort.isKnown() ? containerPort.value().intValue() : null,
          hostPort.isKnown() ? hostPort.value().intValue() : null,
          p.string("hostIP").value(),
          p.string("protocol").orElse("TCP"),
          hostPort.isKnown() ? hostPort.source() : p.source()));
    }
    return out;
  }
}
