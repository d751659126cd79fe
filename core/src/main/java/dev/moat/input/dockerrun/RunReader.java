package dev.moat.input.dockerrun;

import dev.moat.input.InputFile;
import dev.moat.input.ReadContext;
import dev.moat.input.ReadResult;
import dev.moat.input.TextFormatReader;
import dev.moat.model.InputError;
import dev.moat.model.InputNote;
import dev.moat.model.Source;
import dev.moat.model.Workload;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads docker/podman/nerdctl run and create command lines (given with --run, or found in shell
 * scripts and systemd units) into workloads: one workload with one container per command.
 *
 * <p>A command that cannot be read (an unknown flag, a flag without its value, no image) is one
 * error at its place; the other commands of the file are still read. An unterminated quote ends
 * the readable part of a script: the commands before it are kept. A script found by walking a
 * directory that never mentions a container engine is skipped without being parsed.
 */
public final class RunReader implements TextFormatReader {

  private static final Pattern MENTIONS_ENGINE = Pattern.compile("docker|podman|nerdctl", Pattern.CASE_INSENSITIVE);

  @Override
  public void read(InputFile file, String text, ReadContext context, ReadResult out) {
    boolean inline = file.inline() != null;
    if (!file.explicit() && !MENTIONS_ENGINE.matcher(text).find()) {
      out.skip("(script without docker/podman run)");
      return;
    }
    ShellScanner.Result found = isUnit(file, text) ? SystemdUnit.scan(text) : ShellScanner.scan(text);
    String label = file.label();
    for (InputSyntaxException e : found.errors()) {
      out.addError(error(label, e));
    }
    boolean single = found.commands().size() == 1;
    for (CommandLine cmd : found.commands()) {
      try {
        RunParser.Parsed parsed = RunParser.parse(cmd.engine(), cmd.create(), cmd.args());
        if (parsed.help()) {
          continue; // docker run --help starts nothing
        }
        String defaultName = inline && single ? label : label + ":" + cmd.start().line();
        List<InputNote> notes = new ArrayList<>(0); // kept only when the command can be read
        Workload w = WorkloadBuilder.build(label, cmd, parsed, defaultName, notes::add);
        out.addWorkload(w);
        notes.forEach(out::addNote);
        out.countDocument();
      } catch (InputSyntaxException e) {
        out.addError(error(label, e));
      }
    }
    if (found.commands().isEmpty() && found.errors().isEmpty()) {
      if (inline) {
        out.addError(new InputError(new Source(label, 1, ""), "expected a docker, podman or nerdctl run or create "
            + "command, e.g. --run \"docker run --read-only alpine:3.20\""));
      } else {
        out.skip("(script without docker/podman run)");
      }
    }
  }

  private static boolean isUnit(InputFile file, String text) {
    String name = file.path() != null && file.path().getFileName() != null
        ? file.path().getFileName().toString() : file.label();
    return name.toLowerCase(Locale.ROOT).endsWith(".service") || file.inline() == null && SystemdUnit.looksLikeUnit(text);
  }

  /** The error at its line, with the column in the message: a --run string is a single line. */
  private static InputError error(String label, InputSyntaxException e) {
    return new InputError(new Source(label, Math.max(e.line(), 0), ""), e.describe());
  }
}
