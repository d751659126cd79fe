package dev.moat.input.oci;

import dev.moat.input.CpuQuota;
import dev.moat.input.tree.MapReader;
import dev.moat.model.Resources;
import dev.moat.model.Setting;
import dev.moat.model.Source;

/**
 * linux.resources: memory.limit and pids.limit in bytes and tasks (0 or -1: unlimited), cpu.quota
 * per cpu.period. A limit that is not set points at the key that would set it.
 */
final class OciResources {

  private OciResources() {}

  /**
   * @param resources linux.resources, or null when the config has none
   * @param resourcesKey where linux.resources is written, or would be
   */
  static Resources read(MapReader resources, Source resourcesKey) {
    if (resources == null) {
      return new Resources(Setting.unset(resourcesKey), Setting.unset(resourcesKey), Setting.unset(resourcesKey));
    }
    MapReader memory = resources.map("memory");
    Setting<Long> mem = memory == null ? Setting.unset(resources.sourceOf("memory")) : memory.integer("limit");
    Setting<String> memoryLimit = mem.isKnown() && mem.value() > 0
        ? Setting.explicit(Long.toString(mem.value()), mem.source()) : Setting.unset(mem.source());

    MapReader cpu = resources.map("cpu");
    Setting<Long> quota = cpu == null ? Setting.unset(resources.sourceOf("cpu")) : cpu.integer("quota");
    Setting<String> cpuLimit = Setting.unset(quota.source());
    if (quota.isKnown() && quota.value() > 0) {
      Setting<Long> period = cpu.integer("period");
      long p = period.isKnown() && period.value() > 0 ? period.value() : CpuQuota.DEFAULT_PERIOD;
      cpuLimit = Setting.explicit(CpuQuota.cpus(quota.value(), p), quota.source());
    }

    MapReader pids = resources.map("pids");
    Setting<Long> limit = pids == null ? Setting.unset(resources.sourceOf("pids")) : pids.integer("limit");
    Setting<Long> pidsLimit = limit.isKnown() && limit.value() > 0 ? limit : Setting.unset(limit.source());
    return new Resources(memoryLimit, cpuLimit, pidsLimit);
  }
}
