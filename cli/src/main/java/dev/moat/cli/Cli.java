package dev.moat.cli;

import dev.moat.Version;
import java.io.InputStream;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The moat command line. {@link #run} is the whole program without System.exit, so tests drive
 * it exactly as users do.
 */
@Command(
    name = "moat",
    mixinStandardHelpOptions = true,
    versionProvider = Cli.VersionProvider.class,
    subcommands = {ScanCommand.class, RulesCommand.class, ExplainCommand.class, CommandLine.HelpCommand.class},
    description = {
        "Moat tells you how isolated your containers really are, and how to close the gaps.",
        "",
        "Containers share the host kernel; real escapes combine a kernel or runtime flaw with a weak "
            + "configuration (root, privileged, host mounts, missing seccomp or AppArmor/SELinux). Moat "
            + "checks the three layers that stop them: segmentation (namespaces, cgroups), policy and "
            + "filtering (seccomp, MAC, capabilities) and privilege reduction (user namespaces, non-root, "
            + "sandboxes). Every finding names the layer that would close the gap.",
        "",
    },
    footer = {
        "",
        "Examples:",
        "  moat scan k8s/                         scan every YAML/JSON file below k8s/",
        "  helm template ./chart | moat scan -    scan rendered Helm output from stdin",
        "  moat scan deploy.yaml -f sarif -o moat.sarif",
        "  moat scan k8s/ --standard pss-restricted",
        "  moat rules                             list the rules",
        "  moat explain container-runtime-socket  what a rule means and how to fix it",
    })
public final class Cli {

  private Cli() {}

  /** Runs the command line and returns the exit code. */
  public static int run(PrintWriter out, PrintWriter err, InputStream stdin, String... args) {
    CommandLine cli = new CommandLine(new Cli(), new Factory(stdin));
    cli.setOut(out);
    cli.setErr(err);
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setExecutionExceptionHandler(new ErrorHandler());
    cli.setParameterExceptionHandler(ErrorHandler::usage);
    cli.getSubcommands().get("scan").getCommandSpec().usageMessage().footer(ExitCode.HELP);
    cli.getSubcommands().get("rules").getCommandSpec().usageMessage().footer(ExitCode.HELP_OTHER);
    cli.getSubcommands().get("explain").getCommandSpec().usageMessage().footer(ExitCode.HELP_OTHER);
    int code = cli.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  /** Gives commands standard input, so tests can feed it. */
  private static final class Factory implements CommandLine.IFactory {
    private final InputStream stdin;

    Factory(InputStream stdin) {
      this.stdin = stdin;
    }

    @Override
    public <K> K create(Class<K> cls) throws Exception {
      if (cls == ScanCommand.class) {
        return cls.cast(new ScanCommand(stdin));
      }
      return CommandLine.defaultFactory().create(cls);
    }
  }

  static final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"moat " + Version.get()};
    }
  }
}
