package dev.moat.rules;

import dev.moat.model.DockerInstruction;
import dev.moat.model.Dockerfile;
import dev.moat.model.DockerfileStage;
import dev.moat.model.Source;
import dev.moat.rule.DockerfileRule;
import dev.moat.rule.Layer;
import dev.moat.rule.RuleInfo;
import dev.moat.rule.Severity;
import dev.moat.rule.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Flags RUN instructions (also ONBUILD RUN) that call sudo, in any stage: in the shell form, in the
 * exec form, in {@code sh -c '...'}, and in a heredoc the shell runs ({@code RUN <<EOF},
 * {@code RUN bash <<EOF}); not where sudo is only a word (apt-get install sudo, usermod -aG sudo),
 * nor in a heredoc that is a file's content (COPY &lt;&lt;EOF, cat &lt;&lt;EOF &gt; file) or another
 * interpreter's script (python3 &lt;&lt;EOF). One finding per RUN, at the line where sudo is called.
 */
@RuleInfo(
    id = "dockerfile-sudo",
    layer = Layer.PRIVILEGE,
    severity = Severity.MEDIUM,
    summary = "RUN uses sudo",
    description = "RUN already runs as the stage's USER, so sudo in a Dockerfile means the image carries a "
        + "setuid-root sudo binary and a sudoers policy that let the container's user become root: one "
        + "more way up for anyone who gets code execution in the container, and sudo itself has had "
        + "root exploits (CVE-2021-3156, Baron Samedit). It also makes builds depend on a TTY and "
        + "password policy.",
    remediation = "Drop sudo: switch with USER root for the steps that need root and back to the unprivileged "
        + "USER afterwards, and do not install sudo in the final image (use gosu or setpriv in an "
        + "entrypoint if a process must drop privileges at start).",
    references = {"CIS Docker 4.8"},
    aliases = {"DL3004", "DS010", "CKV2_DOCKER_1"})
public final class DockerfileSudo implements DockerfileRule {

  @Override
  public List<Violation> check(Dockerfile d) {
    List<Violation> out = new ArrayList<>();
    for (DockerfileStage s : d.stages()) {
      for (DockerInstruction ins : s.instructions()) {
        Source at = sudo(ins);
        if (at != null) {
          String how = ins.keyword().equals("ONBUILD") ? "ONBUILD RUN" : "RUN";
          out.add(Violation.at(at, "%s calls sudo in %s", how, Stages.of(d, s)));
        }
      }
    }
    return out;
  }

  /** Where the instruction calls sudo, or null. */
  private static Source sudo(DockerInstruction ins) {
    String script = ins.arguments();
    int offset = 0;
    if (ins.keyword().equals("ONBUILD")) {
      String a = script.stripLeading();
      if (!a.toUpperCase(Locale.ROOT).startsWith("RUN") || a.length() < 4 || !Character.isWhitespace(a.charAt(3))) {
        return null;
      }
      offset = script.length() - a.length() + 4;
      while (offset < script.length() && Character.isWhitespace(script.charAt(offset))) {
        offset++;
      }
      while (script.startsWith("--", offset)) { // ONBUILD RUN --mount=... cmd
        while (offset < script.length() && !Character.isWhitespace(script.charAt(offset))) {
          offset++;
        }
        while (offset < script.length() && Character.isWhitespace(script.charAt(offset))) {
          offset++;
        }
      }
    } else if (!ins.keyword().equals("RUN")) {
      return null;
    }
    if (ins.isExecForm()) {
      return execForm(ins.exec()) ? ins.source() : null;
    }
    List<ShellCommands.Command> commands = ShellCommands.of(script.substring(offset));
    for (ShellCommands.Command c : commands) {
      if (c.name().equals("sudo")) {
        return ins.sourceAt(offset + c.offset());
      }
    }
    if (!ins.heredocs().isEmpty() && runsHeredoc(commands)) {
      DockerInstruction.Heredoc h = ins.heredocs().get(0);
      if (shellScript(h.body())) {
        for (ShellCommands.Command c : ShellCommands.of(h.body())) {
          if (c.name().equals("sudo")) {
            return h.sourceAt(c.offset());
          }
        }
      }
    }
    return null;
  }

  /** RUN ["sudo", ...] or RUN ["sh", "-c", "... sudo ..."]. */
  private static boolean execForm(List<String> exec) {
    if (exec.isEmpty()) {
      return false;
    }
    String first = ShellCommands.basename(exec.get(0));
    if (first.equals("sudo")) {
      return true;
    }
    if (ShellCommands.SHELLS.contains(first)) {
      for (int i = 1; i + 1 < exec.size(); i++) {
        String a = exec.get(i);
        if (a.startsWith("-") && !a.startsWith("--") && a.indexOf('c') > 0) {
          return ShellCommands.of(exec.get(i + 1)).stream().anyMatch(c -> c.name().equals("sudo"));
        }
      }
    }
    return false;
  }

  /**
   * True when the first heredoc is the script the shell runs: RUN &lt;&lt;EOF alone, or a shell that
   * reads it as its input (RUN bash &lt;&lt;EOF, RUN &lt;&lt;EOF sh -e).
   */
  private static boolean runsHeredoc(List<ShellCommands.Command> commands) {
    if (commands.isEmpty()) {
      return true;
    }
    return ShellCommands.SHELLS.contains(commands.get(0).name());
  }

  /** No shebang, or a shell's. */
  private static boolean shellScript(String body) {
    if (!body.startsWith("#!")) {
      return true;
    }
    String line = body.lines().findFirst().orElse("").substring(2).strip();
    String[] parts = line.split("\\s+");
    String interpreter = ShellCommands.basename(parts[0]);
    if (interpreter.equals("env") && parts.length > 1) {
      interpreter = ShellCommands.basename(parts[parts.length - 1]);
    }
    return ShellCommands.SHELLS.contains(interpreter);
  }
}
