package dev.moat.report.junit;

/**
 * One {@code <testcase>}: a finding, a clean object or an input error.
 *
 * @param line where it sits in its file, to order cases within a suite
 */
record JunitCase(String classname, String name, int line, Outcome outcome) {

  /** What a CI server shows for the case. */
  sealed interface Outcome permits Passed, Failed, Skipped, Errored {}

  record Passed() implements Outcome {}

  /** An unsuppressed finding: {@code type} is the severity, the body says where. */
  record Failed(String message, String type, String body) implements Outcome {}

  /** A suppressed finding: accepted risk is neither a pass nor a failure. */
  record Skipped(String message) implements Outcome {}

  /** An input that could not be read. */
  record Errored(String message, String type, String body) implements Outcome {}
}
