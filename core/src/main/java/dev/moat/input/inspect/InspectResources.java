package dev.moat.input.inspect;

import dev.moat.input.CpuQuota;
import dev.moat.input.tree.MapReader;
import dev.moat.model.Resources;
import dev.moat.model.Setting;
import java.math.BigDecimal;

/**
 * HostConfig's Memory, NanoCpus (or CpuQuota per CpuPeriod) and PidsLimit. 0 (and -1 for pids)
 * means unlimited: the setting is then unset, pointing at its key.
 */
final class InspectResources {

  private InspectResources() {}

  static Resources read(MapReader hc) {
    Setting<Long> memory = hc.integer("Memory");
    Setting<String> memoryLimit = memory.isKnown() && memory.value() > 0
        ? Setting.explicit(Long.toString(memory.value()), memory.source()) : Setting.unset(memory.source());

    Setting<Long> nano = hc.integer("NanoCpus");
    Setting<Long> quota = hc.integer("CpuQuota");
    Setting<Long> period = hc.integer("CpuPeriod");
    Setting<String> cpuLimit;
    if (nano.isKnown() && nano.value() > 0) {
      cpuLimit = Setting.explicit(new BigDecimal(nano.value()).movePointLeft(9).stripTrailingZeros().toPlainString(),
          nano.source());
    } else if (quota.isKnown() && quota.value() > 0) {
      long p = period.isKnown() && period.value() > 0 ? period.value() : CpuQuota.DEFAULT_PERIOD;
      cpuLimit = Setting.explicit(CpuQuota.cpus(quota.value(), p), quota.source());
    } else {
      cpuLimit = Setting.unset(nano.source());
    }

    Setting<Long> pids = hc.integer("PidsLimit");
    Setting<Long> pidsLimit = pids.isKnown() && pids.value() > 0 ? pids : Setting.unset(pids.source());
    return new Resources(memoryLimit, cpuLimit, pidsLimit);
  }
}
