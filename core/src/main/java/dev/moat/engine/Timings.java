package dev.moat.engine;

import java.util.concurrent.atomic.LongAdder;

/**
 * Where a scan's time went, summed over the threads that did the work: reading and parsing files,
 * and judging workloads. --timings prints it; the benchmark compares the two.
 */
public final class Timings {

  private final LongAdder readNanos = new LongAdder();
  private final LongAdder judgeNanos = new LongAdder();

  void addRead(long nanos) {
    readNanos.add(nanos);
  }

  void addJudge(long nanos) {
    judgeNanos.add(nanos);
  }

  public long readMillis() {
    return readNanos.sum() / 1_000_000;
  }

  public long judgeMillis() {
    return judgeNanos.sum() / 1_000_000;
  }
}
