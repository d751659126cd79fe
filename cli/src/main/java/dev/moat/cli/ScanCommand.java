package dev.moat.cli;

import dev.moat.Version;
import dev.moat.engine.Engine;
import dev.moat.engine.RuleSet;
import dev.moat.engine.Timings;
import dev.moat.input.InputFormat;
import dev.moat.input.InputOptions;
import dev.moat.input.Inputs;
import dev.moat.input.ScanRequest;
import dev.moat.input.tree.Limits;
import dev.moat.report.Format;
import dev.moat.report.ReportOptions;
import dev.moat.result.Report;
import dev.moat.rule.Severity;
import dev.moat.standard.Standard;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** moat scan: read configuration files, judge every workload, write a report, gate on severity. */
@Command(
    name = "scan",
    sortOptions = false,
    usageHelpAutoWidth = true,
    description = {
        "Scan configuration for container isolation weaknesses: Kubernetes manifests, Docker Compose "
            + "files, docker/podman run command lines (also in shell scripts and systemd units), "
            + "docker/podman inspect output, OCI runtime config.json and Dockerfiles.",
        "",
        "Reads YAML and JSON files (multi-document streams, kind: List, Helm-rendered output), directories "
            + "recursively and standard input (-). Every pod-bearing kind is judged (Pod, Deployment, "
            + "StatefulSet, DaemonSet, ReplicaSet, ReplicationController, Job, CronJob, PodTemplate, and "
            + "OpenShift DeploymentConfig and Argo Rollout templates), with "
            + "init and ephemeral containers, and the pod-level securityContext resolved into each "
            + "container. Objects of other kinds are counted and skipped.",
        "",
        "Suppress a finding next to the resource with the annotation moat.dev/ignore: \"rule-id,...\" "
            + "(and moat.dev/ignore-reason: \"why\") on the object or its pod template. Suppressed "
            + "findings stay in JSON and SARIF, marked, and never fail the run.",
        "",
    })
final class ScanCommand implements Callable<Integer> {

  private final InputStream stdin;

  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "PATH", arity = "0..*",
      description = "Files or directories to scan; - reads standard input.")
  List<String> paths = new ArrayList<>();

  @Option(names = "--input-format", paramLabel = "FORMAT",
      description = "Read every PATH as this format instead of detecting it by name and content: "
          + "kubernetes, compose, run, inspect, oci or dockerfile.")
  String inputFormat;

  @Option(names = "--compose-file", paramLabel = "FILE",
      description = "A Compose file of one project; repeat it to merge several in order, like "
          + "docker compose -f a.yml -f b.yml (in a scanned directory, compose.yaml and "
          + "compose.override.yaml are merged on their own).")
  List<String> composeFiles = new ArrayList<>();

  @Option(names = "--run", paramLabel = "COMMAND",
      description = "A docker/podman run or create command line to judge, in quotes (repeatable), "
          + "e.g. --run \"docker run --privileged -v /:/host alpine\".")
  List<String> runCommands = new ArrayList<>();

  @Option(names = "--dockerfile", paramLabel = "FILE",
      description = "A Dockerfile to check, whose final USER also applies to the workloads scanned with it "
          + "when they do not set a user themselves (repeatable: several go to the containers whose name "
          + "or image matches the Dockerfile's name, e.g. api/Dockerfile or Dockerfile.api to 'api').")
  List<String> dockerfiles = new ArrayList<>();

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
      description = "Report format: text, json, sarif or junit (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "Write the report to FILE instead of standard output.")
  Path output;

  @Option(names = "--fail-on", paramLabel = "SEVERITY", defaultValue = "high",
      description = "Exit with 3 when an unsuppressed finding is at or above SEVERITY: low, medium, high, "
          + "critical, or none to never fail on findings (default: ${DEFAULT-VALUE}).")
  String failOn;

  @Option(names = "--standard", paramLabel = "STANDARD",
      description = "Evaluate exactly this standard instead of Moat's rules: pss-baseline or pss-restricted "
          + "(Kubernetes Pod Security Standards, latest version). Each finding names its control.")
  String standard;

  @Option(names = "--enable", paramLabel = "RULE", split = ",",
      description = "Run only these rules (repeatable, comma-separated). See: moat rules.")
  List<String> enable = new ArrayList<>();

  @Option(names = "--disable", paramLabel = "RULE", split = ",",
      description = "Do not run these rules (repeatable, comma-separated).")
  List<String> disable = new ArrayList<>();

  @Option(names = "--max-file-size", paramLabel = "MB", defaultValue = "16",
      description = "Refuse input files larger than this many megabytes (default: ${DEFAULT-VALUE}).")
  int maxFileSizeMb;

  @Option(names = "--color", paramLabel = "WHEN", defaultValue = "auto",
      description = "Colour text output: auto (only on a terminal, not with NO_COLOR), always or never.")
  String color;

  @Option(names = "--timings",
      description = "Print how long reading, judging and reporting took, on standard error.")
  boolean timings;

  @Option(names = "--debug", description = "Print stack traces for internal errors.")
  boolean debug;

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
  boolean help;

  ScanCommand(InputStream stdin) {
    this.stdin = stdin;
  }

  @Override
  public Integer call() throws IOException {
    Format reportFormat = parse(() -> Format.parse(format));
    Severity threshold = "none".equalsIgnoreCase(failOn.trim()) ? null : parse(() -> {
      try {
        return Severity.parse(failOn);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("--fail-on: unknown severity '" + failOn
            + "' (expected one of: low, medium, high, critical, none)", e);
      }
    });
    Standard chosen = standard == null ? null : Standard.byId(standard).orElseThrow(() ->
        new UsageException("unknown standard '" + standard + "' (expected one of: " + Standard.ids() + ")"));
    RuleSet rules = parse(() -> RuleSet.select(chosen, enable, disable));
    InputFormat forced = inputFormat == null ? null : parse(() -> InputFormat.parse(inputFormat));
    ScanRequest request = new ScanRequest(paths, composeFiles, runCommands, dockerfiles, forced);
    if (request.isEmpty()) {
      throw new UsageException("nothing to scan: give a PATH (- for standard input), --compose-file, --run "
          + "or --dockerfile");
    }
    if (maxFileSizeMb < 1) {
      throw new UsageException("--max-file-size must be at least 1 (MB)");
    }
    boolean colour = useColour();

    InputOptions options = new InputOptions(new Limits(maxFileSizeMb * 1024L * 1024L,
        Limits.DEFAULT.maxDepth(), Limits.DEFAULT.maxAliases()));
    long start = System.nanoTime();
    Timings spent = new Timings();
    Report report = new Engine(rules, Version.get()).scan(new Inputs(options), request, stdin, spent);
    long judged = System.nanoTime();

    if (output == null) {
      Writer out = spec.commandLine().getOut();
      reportFormat.reporter(new ReportOptions(colour)).write(report, out);
      out.flush();
    } else {
      writeFile(reportFormat, report);
      spec.commandLine().getErr().println(summaryLine(report, threshold));
    }
    long written = System.nanoTime();
    if (timings) {
      spec.commandLine().getErr().printf(Locale.ROOT,
          "moat: timings: read+parse %d ms, rules %d ms (both summed over threads); wall: scan %d ms, "
              + "report %d ms, total %d ms (%d files, %d workloads)%n",
          spent.readMillis(), spent.judgeMillis(), (judged - start) / 1_000_000,
          (written - judged) / 1_000_000, (written - start) / 1_000_000, report.stats().files(),
          report.stats().workloads());
    }
    return exitCode(report, threshold);
  }

  private void writeFile(Format reportFormat, Report report) {
    try (Writer w = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
      reportFormat.reporter(ReportOptions.PLAIN).write(report, w);
    } catch (java.nio.file.NoSuchFileException e) {
      throw new UsageException("cannot write " + output + ": its directory does not exist");
    } catch (java.nio.file.AccessDeniedException e) {
      throw new UsageException("cannot write " + output + ": permission denied");
    } catch (IOException e) {
      throw new UsageException("cannot write " + output + ": " + e.getMessage());
    }
  }

  static int exitCode(Report report, Severity threshold) {
    if (!report.errors().isEmpty()) {
      return ExitCode.INPUT_ERRORS;
    }
    return report.failing(threshold) > 0 ? ExitCode.FINDINGS : ExitCode.CLEAN;
  }

  /** The same counts as the text report's summary: findings are the unsuppressed ones. */
  private String summaryLine(Report report, Severity threshold) {
    long findings = report.findings().size() - report.suppressedCount();
    String gate = threshold == null ? "" : String.format(Locale.ROOT, " (%d at or above %s)", report.failing(threshold),
        threshold.lower());
    return String.format(Locale.ROOT, "moat: %s%s, %d suppressed, %s; report written to %s",
        plural(findings, "finding"), gate, report.suppressedCount(), plural(report.errors().size(), "input error"), output);
  }

  private static String plural(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  private boolean useColour() {
    switch (color.toLowerCase(Locale.ROOT)) {
      case "always" -> {
        return true;
      }
      case "never" -> {
        return false;
      }
      case "auto" -> {
        return output == null && System.console() != null && System.getenv("NO_COLOR") == null
            && !"dumb".equals(System.getenv("TERM"));
      }
      default -> throw new UsageException("--color must be auto, always or never, not '" + color + "'");
    }
  }

  /** Runs a parse step and turns its IllegalArgumentException into a usage error. */
  private static <T> T parse(java.util.function.Supplier<T> step) {
    try {
      return step.get();
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
  }
}
