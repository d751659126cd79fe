package dev.moat.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/**
 * Turns failures into one clear line and the documented exit code. A stack trace appears only
 * with --debug: users need to know what to fix, not where Moat's code was.
 */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {

  @Override
  public int handleExecutionException(Exception ex, CommandLine cmd, CommandLine.ParseResult parsed) {
    PrintWriter err = cmd.getErr();
    if (ex instanceof UsageException) {
      err.println("moat: " + ex.getMessage());
      err.println("Try 'moat " + cmd.getCommandName() + " --help' for more information.");
      return ExitCode.USAGE;
    }
    err.println("moat: internal error: " + ex);
    if (debug(parsed)) {
      ex.printStackTrace(err);
    } else {
      err.println("Run again with --debug for details, and please report it.");
    }
    return ExitCode.INTERNAL_ERROR;
  }

  static int usage(CommandLine.ParameterException ex, String[] args) {
    CommandLine cmd = ex.getCommandLine();
    PrintWriter err = cmd.getErr();
    if (ex instanceof CommandLine.UnmatchedArgumentException u && cmd.getParent() == null
        && !u.getUnmatched().isEmpty() && !u.getUnmatched().get(0).startsWith("-")) {
      err.println("moat: unknown command '" + u.getUnmatched().get(0) + "' (commands: scan, rules, explain, help)");
    } else {
      err.println("moat: " + ex.getMessage());
    }
    CommandLine.UnmatchedArgumentException.printSuggestions(ex, err);
    err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more information.");
    return ExitCode.USAGE;
  }

  private static boolean debug(CommandLine.ParseResult parsed) {
    CommandLine.ParseResult sub = parsed;
    while (sub != null) {
      if (sub.hasMatchedOption("--debug")) {
        return true;
      }
      sub = sub.subcommand();
    }
    return false;
  }
}
