package dev.moat.input.dockerrun;

import static org.assertj.core.api.Assertions.assertThatCode;

import dev.moat.input.InputFile;
import dev.moat.input.InputFormat;
import dev.moat.input.ReadContext;
import dev.moat.input.ReadResult;
import dev.moat.input.tree.Limits;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Any text, however broken, is read into workloads, errors and notes: never an exception. Scripts
 * are found by walking whole repositories, so the reader meets every kind of shell.
 */
class RunReaderRobustnessTest {

  private static final List<String> PIECES = List.of(
      "docker", "podman", "nerdctl", "run", "create", "container", "sudo", "exec", "sh", "-c", "bash", "-ec",
      "--privileged", "--privileged=", "-itd", "-p", "8080:80", "-v", "/:/host", "--mount", "type=bind,src=/x",
      "--mount=", "-u", "0:0", "--user", "--security-opt", "seccomp=", "label=type:", "no-new-privileges=maybe",
      "--cap-add", "ALL,", "--network", "host", "--pid=", "-m", "512m", "-m=", "--cpus", ".", "--cpu-quota",
      "--pids-limit", "-1", "--device", "::", "--gpus", "-e", "A=b", "--", "-", "alpine", "$X", "${X", "${X}",
      "$(id", "$(id -u)", "`", "'", "\"", "\\", "\\\n", "\n", ";", "&&", "|", "(", ")", "{", "}", "if", "then",
      "fi", "case", "in", "esac", ";;", "<<EOF", "EOF", "#", "=", "X=1", "X=(", "%i", "[Service]",
      "ExecStart=", "-@", "$'", "$'\\x", "\t", " ", "name=", "-p=", "[::1]:", "published=,target=", "\"$@\"");

  @Test
  void randomTextNeverThrows() {
    Random random = new Random(20261203L);
    ReadContext context = new ReadContext(Limits.DEFAULT, Map.of());
    for (int n = 0; n < 3000; n++) {
      StringBuilder sb = new StringBuilder();
      int words = 1 + random.nextInt(30);
      for (int w = 0; w < words; w++) {
        sb.append(PIECES.get(random.nextInt(PIECES.size())));
        sb.append(random.nextInt(4) == 0 ? "" : " ");
      }
      String text = sb.toString();
      for (String name : List.of("x.sh", "x.service")) {
        assertThatCode(() -> new RunReader().read(InputFile.file(name, Path.of(name), true, InputFormat.RUN),
            text, context, new ReadResult())).as(name + ": " + text).doesNotThrowAnyException();
      }
      assertThatCode(() -> new RunReader().read(InputFile.inline("--run #1", text, InputFormat.RUN), text, context,
          new ReadResult())).as("--run: " + text).doesNotThrowAnyException();
    }
  }
}
