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

/**
 * Reads one container and resolves its pod's securityContext into it, once, so no rule ever
 * has to know that Kubernetes inherits pod-level settings. Precedence follows the kubelet: the
 * container's field, then the pod's field, then (seccomp, AppArmor) the legacy annotations.
 */
final class ContainerReader {

  private ContainerReader() {}

  static Container read(MapReader c, ContainerKind kind, int index, PodContext pod) {
    String name = c.string("name").orElse(kind.field() + "[" + index + "]");
    MapReader sc = c.map("securityContext");
    Source scSource = sc != null ? sc.source() : c.sourceOf("securityContext");
    PodDefaults defaults = pod.defaults();

    Isolation isolation = new Isolation(
        orDefault(sc, "privileged", false, scSource),
        orDefault(sc, "allowPrivilegeEscalation", true, scSource),
        capabilities(sc, scSource),
        seccomp(sc, name, pod, scSource),
        appArmor(sc, name, pod, scSource),
        seLinux(sc, defaults, scSource),
        orDefault(sc, "readOnlyRootFilesystem", false, scSource),
        new Identity(
            inherit(sc == null ? null : sc.integer("runAsUser"), defaults.runAsUser(), scSource),
            inherit(sc == null ? null : sc.integer("runAsGroup"), defaults.runAsGroup(), scSource),
            inherit(sc == null ? null : sc.bool("runAsNonRoot"), defaults.runAsNonRoot(), scSource),
            Setting.unset(scSource)),
        procMount(sc, scSource),
        inherit(windowsHostProcess(sc), defaults.windowsHostProcess(), scSource));

    return new Container(
        name,
        kind,
        c.source(),
        c.string("image"),
        isolation,
        resources(c),
        mounts(c, pod),
        List.of(),
        ports(c),
        ProbeHosts.read(c));
  }

  private static Setting<Boolean> orDefault(MapReader sc, String key, boolean platformDefault, Source where) {
    if (sc == null) {
      return Setting.defaulted(platformDefault, where.child(key));
    }
    Setting<Boolean> s = sc.bool(key);
    return s.isKnown() ? s : Setting.defaulted(platformDefault, s.source());
  }

  /** The container's own value if written, else the pod's (marked inherited), else unset. */
  private static <T> Setting<T> inherit(Setting<T> own, Setting<T> podLevel, Source where) {
    if (own != null && own.isKnown()) {
      return own;
    }
    if (podLevel.isKnown()) {
      return podLevel.inherited();
    }
    return own != null ? own : Setting.unset(where);
  }

  private static Capabilities capabilities(MapReader sc, Source scSource) {
    MapReader caps = sc == null ? null : sc.map("capabilities");
    if (caps == null) {
      return new Capabilities(List.of(), List.of(), DefaultCapabilities.KUBERNETES, scSource.child("capabilities"));
    }
    return new Capabilities(
        caps.strings("add"), caps.strings("drop"),
        DefaultCapabilities.KUBERNETES, caps.source());
  }

  private static Setting<Profile> seccomp(MapReader sc, String name, PodContext pod, Source scSource) {
    Setting<Profile> own = Profiles.field(sc, "seccompProfile");
    if (own != null) {
      return own;
    }
    if (pod.defaults().seccomp().isKnown()) {
      return pod.defaults().seccomp().inherited();
    }
    ObjectMeta meta = pod.podMeta();
    String containerKey = Profiles.SECCOMP_CONTAINER_ANNOTATION + name;
    Setting<Profile> annotated = Profiles.annotation(meta.annotations(), containerKey);
    if (annotated == null) {
      annotated = Profiles.annotation(meta.annotations(), Profiles.SECCOMP_POD_ANNOTATION);
    }
    return annotated != null ? annotated : Setting.unset(scSource.child("seccompProfile"));
  }

  private static Setting<Profile> appArmor(MapReader sc, String name, PodContext pod, Source scSource) {
    Setting<Profile> own = Profiles.field(sc, "appArmorProfile");
    if (own != null) {
      return own;
    }
    ObjectMeta meta = pod.podMeta();
    String key = Profiles.APPARMOR_CONTAINER_ANNOTATION + name;
    Setting<Profile> annotated = Profiles.annotation(meta.annotations(), key);
    if (annotated != null) {
      return annotated;
    }
    if (pod.defaults().appArmor().isKnown()) {
      return pod.defaults().appArmor().inherited();
    }
    return Setting.unset(scSource.child("appArmorProfile"));
  }

  private static Setting<SeLinux> seLinux(MapReader sc, PodDefaults defaults, Source scSource) {
    Setting<SeLinux> own = seLinuxOptions(sc);
    return inherit(own, defaults.seLinux(), scSource.child("seLinuxOptions"));
  }

  /** seLinuxOptions of a pod or container securityContext, or null when absent. */
  static Setting<SeLinux> seLinuxOptions(MapReader sc) {
    MapReader o = sc == null ? null : sc.map("seLinuxOptions");
    if (o == null) {
      return null;
    }
    return Setting.explicit(new SeLinux(
        o.string("user").value(), o.string("role").value(), o.string("type").value(),
        o.string("level").value(), false), o.source());
  }

  static Setting<Boolean> windowsHostProcess(MapReader sc) {
    MapReader w = sc == null ? null : sc.map("windowsOptions");
    return w == null ? null : w.bool("hostProcess");
  }

  private static Setting<String> procMount(MapReader sc, Source scSource) {
    Setting<String> s = sc == null ? Setting.unset(scSource.child("procMount")) : sc.string("procMount");
    return s.isKnown() ? s : Setting.defaulted("Default", s.source());
  }

  private static Resources resources(MapReader c) {
    MapReader res = c.map("resources");
    MapReader limits = res == null ? null : res.map("limits");
    Source where = limits != null ? limits.source() : res != null ? res.sourceOf("limits") : c.sourceOf("resources");
    Setting<String> memory = limits == null ? Setting.unset(where) : limits.quantity("memory");
    Setting<String> cpu = limits == null ? Setting.unset(where) : limits.quantity("cpu");
    return new Resources(memory, cpu, Setting.unset(c.source()));
  }

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
        String subPath = vm.string("subPath").orElse("");
        String hostPath = subPath.isEmpty() ? v.hostPath() : v.hostPath() + "/" + subPath;
        out.add(new Mount(MountKind.HOST_PATH, hostPath, mountPath, readOnly, volumeName, vm.source(), v.hostPathSource()));
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
