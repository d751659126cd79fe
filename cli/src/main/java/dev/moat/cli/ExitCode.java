package dev.moat.cli;

/** The process exit codes, as documented in --help. */
final class ExitCode {

  static final int CLEAN = 0;
  static final int INTERNAL_ERROR = 1;
  static final int USAGE = 2;
  static final int FINDINGS = 3;
  static final int INPUT_ERRORS = 4;

  /** The exit-code section every command's help shows. */
  static final String[] HELP = {
      "",
      "Exit codes:",
      "  0  no findings at or above --fail-on, every input read",
      "  1  internal error (run again with --debug for a stack trace)",
      "  2  usage error: unknown option, rule or format",
      "  3  findings at or above --fail-on (default: high); suppressed ones never count",
      "  4  some input could not be read or parsed (all others were still scanned);",
      "     4 takes precedence over 3, because the results are incomplete",
  };

  /** For the commands that only print: they succeed or were called wrongly. */
  static final String[] HELP_OTHER = {"", "Exit codes: 0 success, 2 usage error."};

  private ExitCode() {}
}
