package dev.moat.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ShellCommandsTest {

  private static List<String> names(String script) {
    return ShellCommands.of(script).stream().map(ShellCommands.Command::name).toList();
  }

  @Test
  void commandsAfterSeparatorsKeywordsAssignmentsAndWrappers() {
    assertThat(names("a && b || c; d | e & f\ng")).containsExactly("a", "b", "c", "d", "e", "f", "g");
    assertThat(names("if true; then X=1 Y=2 /usr/bin/sudo id; fi")).containsExactly("true", "sudo", "fi");
    assertThat(names("for f in a b; do env -i PATH=/bin nice -n 10 timeout 30s sudo rm $f; done"))
        .containsExactly("for", "sudo", "done");
    assertThat(names("find . -print0 | xargs -0 -r sudo rm")).containsExactly("find", "sudo");
  }

  @Test
  void redirectionsAreNotCommands() {
    assertThat(names("2>&1 >/dev/null cmd arg 3</tmp/in")).containsExactly("cmd");
    assertThat(names("cmd &>/dev/null && <in other")).containsExactly("cmd", "other");
  }

  @Test
  void substitutionsAndShellScriptsAreSearched() {
    assertThat(names("echo \"$(sudo id -u)\" `whoami`")).containsExactly("sudo", "echo", "whoami");
    assertThat(names("echo $(sudo id)")).containsExactly("echo", "sudo");
    assertThat(names("sh -c 'apt-get update && sudo reboot'")).containsExactly("sh", "apt-get", "sudo");
  }

  @Test
  void wordsThatOnlyNameSudoAreNotCommands() {
    assertThat(names("apt-get install -y sudo && echo sudo 'sudo' # sudo in a comment"))
        .containsExactly("apt-get", "echo");
  }

  @Test
  void heredocBodiesInTheScriptAreSkipped() {
    assertThat(names("cat > /f <<EOF\nsudo is text\nEOF\nls\ncat <<-X\n\tsudo\n\tX\n"))
        .containsExactly("cat", "ls", "cat");
  }

  @Test
  void offsetsPointAtTheCommandWord() {
    String s = "apt-get update && \\\n  sudo reboot";
    ShellCommands.Command sudo = ShellCommands.of(s).get(1);
    assertThat(s.substring(sudo.offset())).startsWith("sudo reboot");
    String q = "bash -c \"echo; sudo id\"";
    assertThat(q.substring(ShellCommands.of(q).get(2).offset())).startsWith("sudo id");
  }
}
