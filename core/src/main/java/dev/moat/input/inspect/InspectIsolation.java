package dev.moat.input.inspect;

import dev.moat.input.CapabilitySets;
import dev.moat.input.SeLinuxLabel;
import dev.moat.input.UserSpec;
import dev.moat.input.tree.MapReader;
import dev.moat.model.Capabilities;
import dev.moat.model.DefaultCapabilities;
import dev.moat.model.Identity;
import dev.moat.model.Isolation;
import dev.moat.model.Platform;
import dev.moat.model.Profile;
import dev.moat.model.ProfileKind;
import dev.moat.model.SeLinux;
import dev.moat.model.Setting;
import dev.moat.model.Source;
import java.util.List;

/**
 * A container's process isolation from inspect output, where what the engine applied wins over
 * what was asked for: AppArmorProfile and ProcessLabel over SecurityOpt, Podman's EffectiveCaps and
 * BoundingCaps over CapAdd/CapDrop, MaskedPaths over the systempaths option, and Config.User, which
 * the engine has already filled from the image's USER (empty means root).
 */
final class InspectIsolation {

  private InspectIsolation() {}

  /**
   * @param hc HostConfig
   * @param config Config, or null when the output has none
   */
  static Isolation read(MapReader obj, MapReader hc, MapReader config, Platform platform) {
    SecurityOpts opts = SecurityOpts.read(hc.strings("SecurityOpt"), hc.sourceOf("SecurityOpt"));
    return new Isolation(
        orDefault(hc, "Privileged", false),
        allowPrivilegeEscalation(opts),
        capabilities(obj, hc, platform),
        seccomp(opts),
        appArmor(obj, opts),
        seLinux(obj, opts),
        orDefault(hc, "ReadonlyRootfs", false),
        identity(obj, config),
        procMount(hc, opts),
        Setting.unset(obj.source()));
  }

  private static Setting<Boolean> orDefault(MapReader m, String key, boolean engineDefault) {
    Setting<Boolean> s = m.bool(key);
    return s.isKnown() ? s : Setting.defaulted(engineDefault, s.source());
  }

  private static Setting<Boolean> allowPrivilegeEscalation(SecurityOpts opts) {
    Setting<Boolean> nnp = opts.noNewPrivileges();
    return nnp.isKnown() ? Setting.explicit(!nnp.value(), nnp.source()) : Setting.defaulted(true, nnp.source());
  }

  /**
   * Docker reports what was added and dropped; its default set does the rest. Podman reports the
   * sets themselves (its CapAdd/CapDrop are relative to Docker's default list, so they do not say
   * what was asked for): the effective and bounding sets become the reported set.
   */
  private static Capabilities capabilities(MapReader obj, MapReader hc, Platform platform) {
    List<Setting<String>> add = hc.strings("CapAdd");
    List<Setting<String>> drop = hc.strings("CapDrop");
    Source where = hc.sourceOf("CapDrop");
    if (platform == Platform.PODMAN) {
      if (obj.node().has("EffectiveCaps") || obj.node().has("BoundingCaps")) {
        // A null set is Podman's way of saying "none".
        List<Setting<String>> reported = CapabilitySets.union(obj, List.of("EffectiveCaps", "BoundingCaps"));
        return new Capabilities(add, drop, DefaultCapabilities.PODMAN, where, reported);
      }
      return new Capabilities(add, drop, DefaultCapabilities.PODMAN, where);
    }
    return new Capabilities(add, drop, DefaultCapabilities.DOCKER, where);
  }

  /** Docker and Podman apply their default profile unless SecurityOpt says otherwise. */
  private static Setting<Profile> seccomp(SecurityOpts opts) {
    Setting<Profile> s = opts.seccomp();
    return s.isKnown() ? s : Setting.defaulted(new Profile(ProfileKind.RUNTIME_DEFAULT, "default", null), s.source());
  }

  /** AppArmorProfile is the profile applied (empty on hosts without AppArmor); else what was asked. */
  private static Setting<Profile> appArmor(MapReader obj, SecurityOpts opts) {
    Setting<String> applied = obj.string("AppArmorProfile");
    if (applied.isKnown() && !applied.value().isEmpty()) {
      return Setting.explicit(SecurityOpts.appArmorProfile(applied.value()), applied.source());
    }
    return opts.appArmor().isKnown() ? opts.appArmor() : Setting.unset(applied.source());
  }

  /** ProcessLabel is the SELinux label applied (empty without SELinux); else what was asked. */
  private static Setting<SeLinux> seLinux(MapReader obj, SecurityOpts opts) {
    Setting<String> label = obj.string("ProcessLabel");
    if (label.isKnown() && !label.value().isEmpty()) {
      return Setting.explicit(SeLinuxLabel.parse(label.value()), label.source());
    }
    return opts.seLinux().isKnown() ? opts.seLinux() : Setting.unset(label.source());
  }

  /**
   * Docker reports the paths it masks: an empty MaskedPaths is an unmasked /proc (what
   * systempaths=unconfined does). Podman 4 does not report them; its unmask option is read instead.
   */
  private static Setting<String> procMount(MapReader hc, SecurityOpts opts) {
    if (opts.unmasked().isKnown()) {
      return Setting.explicit("Unmasked", opts.unmasked().source());
    }
    Source masked = hc.sourceOf("MaskedPaths");
    if (hc.has("MaskedPaths")) {
      return Setting.explicit(hc.strings("MaskedPaths").isEmpty() ? "Unmasked" : "Default", masked);
    }
    return Setting.defaulted("Default", masked);
  }

  /**
   * Config.User as the engine filled it in: "" is root (the image's USER was merged in already),
   * "uid[:gid]" with numbers or names; a name other than root only the image can resolve.
   */
  private static Identity identity(MapReader obj, MapReader config) {
    Source where = config != null ? config.sourceOf("User") : obj.sourceOf("Config");
    Setting<String> user = config != null ? config.string("User") : Setting.unset(where);
    String text = user.orElse("").trim();
    if (text.isEmpty()) {
      return new Identity(Setting.defaulted(0L, where), Setting.unset(where), Setting.unset(where), Setting.unset(where));
    }
    UserSpec spec = UserSpec.parse(text);
    String u = spec.user();
    Long uid = UserSpec.numericId(u);
    Long gid = spec.group() == null ? null : UserSpec.numericId(spec.group());
    return new Identity(
        uid != null ? Setting.explicit(uid, where) : Setting.unset(where),
        gid != null ? Setting.explicit(gid, where) : Setting.unset(where),
        Setting.unset(where),
        uid == null && !u.isEmpty() ? Setting.explicit(u, where) : Setting.unset(where));
  }
}
