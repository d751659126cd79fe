package dev.moat.input.dockerrun;

import dev.moat.input.CpuQuota;
import dev.moat.input.dockerrun.RunParser.Use;
import dev.moat.model.Resources;
import dev.moat.model.Setting;
import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * --memory, --cpus (or --cpu-quota per --cpu-period) and --pids-limit. A zero memory or CPU value
 * means no limit and points at its flag; Podman's pids limit of 2048 applies when none is given.
 * A value Moat cannot resolve is kept as written: the limit is there, only its size is unknown.
 */
final class ResourceFlags {

  private static final Pattern MEMORY = Pattern.compile("(\\d+(\\.\\d+)?) ?([kKmMgGtTpP])?[iI]?[bB]?");

  private ResourceFlags() {}

  /** @throws InputSyntaxException for a value that is no size or number */
  static Resources read(OptionReader options) {
    return new Resources(memory(options), cpu(options), pids(options));
  }

  private static Setting<String> memory(OptionReader options) {
    Use m = options.last("memory");
    if (m == null) {
      return Setting.unset(options.at());
    }
    if (options.unknown(m, "the memory limit")) {
      return Setting.explicit(m.value(), options.src(m));
    }
    if (!MEMORY.matcher(m.value()).matches()) {
      throw options.invalid(m, "a size such as 512m or 2g");
    }
    return new BigDecimal(m.value().replaceAll("[^0-9.].*", "")).signum() == 0
        ? Setting.unset(options.src(m)) : Setting.explicit(m.value(), options.src(m)); // 0 means no limit
  }

  private static Setting<String> cpu(OptionReader options) {
    Use cpus = options.last("cpus");
    Use quota = options.last("cpu-quota");
    if (cpus != null) {
      if (options.unknown(cpus, "the CPU limit")) {
        return Setting.explicit(cpus.value(), options.src(cpus));
      }
      BigDecimal n = options.decimal(cpus, "a number of CPUs such as 1.5");
      return n.signum() > 0 ? Setting.explicit(cpus.value(), options.src(cpus)) : Setting.unset(options.src(cpus));
    }
    if (quota != null) {
      if (options.unknown(quota, "the CPU limit")) {
        return Setting.explicit(quota.value(), options.src(quota));
      }
      long q = options.integer(quota);
      Use period = options.last("cpu-period");
      long per = period != null && period.known() ? options.integer(period) : CpuQuota.DEFAULT_PERIOD;
      return q > 0 && per > 0 ? Setting.explicit(CpuQuota.cpus(q, per), options.src(quota))
          : Setting.unset(options.src(quota));
    }
    return Setting.unset(options.at());
  }

  private static Setting<Long> pids(OptionReader options) {
    Use pl = options.last("pids-limit");
    if (pl == null) {
      return options.podman() ? Setting.defaulted(2048L, options.at()) : Setting.unset(options.at());
    }
    return options.unknown(pl, "the pids limit") ? Setting.unset(options.src(pl))
        : Setting.explicit(options.integer(pl), options.src(pl));
  }
}
