package dev.moat.input;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A CFS quota per period (docker run --cpu-quota/--cpu-period, inspect CpuQuota/CpuPeriod, an OCI
 * config's linux.resources.cpu) as the number of CPUs it allows, written the way --cpus is:
 * 150000 per 100000 is "1.5". Each reader decides when a quota counts as a limit; this is only the
 * arithmetic, so all of them show the same limit the same way.
 */
public final class CpuQuota {

  /** The kernel's and the engines' period when none is given: 100 ms, in microseconds. */
  public static final long DEFAULT_PERIOD = 100_000L;

  private CpuQuota() {}

  /** quota / period to three decimals, without trailing zeros; both must be positive. */
  public static String cpus(long quota, long period) {
    return BigDecimal.valueOf(quota).divide(BigDecimal.valueOf(period), 3, RoundingMode.HALF_UP)
        .stripTrailingZeros().toPlainString();
  }
}
