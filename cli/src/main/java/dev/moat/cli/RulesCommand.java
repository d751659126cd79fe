package dev.moat.cli;

import dev.moat.engine.RuleSet;
import dev.moat.rule.RuleMeta;
import dev.moat.standard.Standard;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** moat rules: the catalogue (or a standard's controls) as a table, Markdown or JSON. */
@Command(
    name = "rules",
    description = {
        "List the rules Moat checks, with their layer and default severity.",
        "With --format markdown this prints docs/rules.md.",
        "",
    })
final class RulesCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
      description = "text, markdown or json (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(names = "--standard", paramLabel = "STANDARD",
      description = "List the controls of a standard instead: pss-baseline or pss-restricted.")
  String standard;

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
  boolean help;

  @Override
  public Integer call() {
    Standard chosen = standard == null ? null : Standard.byId(standard).orElseThrow(() ->
        new UsageException("unknown standard '" + standard + "' (expected one of: " + Standard.ids() + ")"));
    List<RuleMeta> metas = RuleSet.select(chosen, List.of(), List.of()).metas();
    PrintWriter out = spec.commandLine().getOut();
    switch (format) {
      case "text" -> RuleListing.text(metas, out);
      case "markdown" -> RuleListing.markdown(metas, chosen, out);
      case "json" -> RuleListing.json(metas, out);
      default -> throw new UsageException("unknown format '" + format + "' (expected text, markdown or json)");
    }
    out.flush();
    return ExitCode.CLEAN;
  }
}
