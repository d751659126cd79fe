package dev.moat.cli;

import dev.moat.engine.RuleSet;
import dev.moat.rule.RuleMeta;
import dev.moat.standard.Standard;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** moat explain RULE: what a rule or standard control checks, why it matters, how to fix it. */
@Command(
    name = "explain",
    description = {"Explain a rule or standard control: what it checks, why it matters, how to fix it.", ""})
final class ExplainCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "RULE", description = "A rule id (see: moat rules) or a pss-* control id.")
  String id;

  @picocli.CommandLine.Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
  boolean help;

  @Override
  public Integer call() {
    List<RuleMeta> all = new ArrayList<>(RuleSet.catalogue().metas());
    for (Standard s : Standard.values()) {
      for (RuleMeta m : RuleSet.select(s, List.of(), List.of()).metas()) {
        if (all.stream().noneMatch(x -> x.id().equals(m.id()))) {
          all.add(m);
        }
      }
    }
    RuleMeta meta = all.stream().filter(m -> m.id().equals(id)).findFirst().orElseThrow(() -> {
      String near = RuleListing.closest(id, all.stream().map(RuleMeta::id).toList());
      return new UsageException("unknown rule '" + id + "'" + (near == null ? "" : "; did you mean '" + near + "'?")
          + " (list them with: moat rules)");
    });
    PrintWriter out = spec.commandLine().getOut();
    out.println(meta.id() + " — " + meta.summary());
    out.println();
    out.println("Layer:     " + meta.layer().title() + " (" + meta.layer().scope() + ")");
    out.println("Severity:  " + meta.severity().lower() + " (default; some findings raise or lower it)");
    if (meta.control() != null) {
      out.println("Control:   " + meta.control());
    }
    out.println();
    out.println(RuleListing.wrap(meta.description(), 96, ""));
    out.println();
    out.println("How to fix:");
    out.println(RuleListing.wrap(meta.remediation(), 96, "  "));
    if (!meta.references().isEmpty()) {
      out.println();
      out.println("References: " + String.join("; ", meta.references()));
    }
    if (!meta.aliases().isEmpty()) {
      out.println("Same check elsewhere: " + String.join(", ", meta.aliases()));
    }
    out.flush();
    return ExitCode.CLEAN;
  }
}
