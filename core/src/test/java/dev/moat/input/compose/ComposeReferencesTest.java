package dev.moat.input.compose;

import static org.assertj.core.api.Assertions.assertThat;

import dev.moat.input.ReadContext;
import dev.moat.input.tree.Limits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The files a Compose file pulls in, which a directory scan must not read as projects of their own. */
class ComposeReferencesTest {

  private static final ReadContext CONTEXT = new ReadContext(Limits.DEFAULT, Map.of());

  @TempDir
  Path dir;

  private Path write(String relative, String text) throws IOException {
    Path p = dir.resolve(relative);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
    return p;
  }

  @Test
  void includedFilesAndTheirIncludesRecursively() throws IOException {
    Path main = write("adv/compose.yaml", "include: [inc/compose.yaml, {path: [\"${PART}/one.yaml\"]}]\n"
        + "services:\n  web:\n    image: nginx:1.27\n");
    write("adv/.env", "PART=parts\n");
    write("adv/inc/compose.yaml", "include: [../shared/common.yaml]\nservices:\n  priv:\n    image: a:1\n"
        + "    privileged: true\n");
    write("adv/parts/one.yaml", "services:\n  one:\n    image: a:1\n");
    write("adv/shared/common.yaml", "services:\n  common:\n    image: a:1\n");

    assertThat(ComposeReferences.referencedFiles(main, CONTEXT)).containsExactlyInAnyOrder(
        dir.resolve("adv/inc/compose.yaml"), dir.resolve("adv/parts/one.yaml"), dir.resolve("adv/shared/common.yaml"));
  }

  @Test
  void extendsFilesAndWhatTheyExtend() throws IOException {
    Path main = write("ext/compose.yaml", "services:\n  web:\n    extends: {file: common/base.yaml, service: base}\n"
        + "    image: nginx:1.27\n");
    write("ext/common/base.yaml", "services:\n  base:\n    extends: {file: ../root.yaml, service: root}\n");
    write("ext/root.yaml", "services:\n  root:\n    privileged: true\n");

    assertThat(ComposeReferences.referencedFiles(main, CONTEXT))
        .containsExactly(dir.resolve("ext/common/base.yaml"), dir.resolve("ext/root.yaml"));
  }

  @Test
  void aRelativeNameIsResolvedAndTheResultIsAbsolute() throws IOException {
    write("rel/compose.yaml", "include: [./sub/../inc.yaml]\nservices:\n  a:\n    image: a:1\n");
    write("rel/inc.yaml", "services:\n  b:\n    image: b:1\n");
    Path relative = Path.of("").toAbsolutePath().relativize(dir.resolve("rel/compose.yaml"));

    assertThat(ComposeReferences.referencedFiles(relative, CONTEXT)).containsExactly(dir.resolve("rel/inc.yaml"));
  }

  @Test
  void nothingForAPlainFileAndNeverAThrowOnBadInput() throws IOException {
    assertThat(ComposeReferences.referencedFiles(write("plain/compose.yaml", "services:\n  a:\n    image: a:1\n"),
        CONTEXT)).isEmpty();
    assertThat(ComposeReferences.referencedFiles(dir.resolve("missing.yaml"), CONTEXT)).isEmpty();
    assertThat(ComposeReferences.referencedFiles(dir, CONTEXT)).as("a directory").isEmpty();
    assertThat(ComposeReferences.referencedFiles(write("bad/compose.yaml", "include: [x.yaml\n"), CONTEXT)).isEmpty();
    assertThat(ComposeReferences.referencedFiles(write("odd/compose.yaml", "include: {a: b}\nextends: 3\n"), CONTEXT))
        .isEmpty();
    assertThat(ComposeReferences.referencedFiles(write("abs/compose.yaml",
        "include: [/etc/passwd, 'https://example.com/x.yaml']\nservices: {a: {image: a:1}}\n"), CONTEXT))
        .as("only local relative paths are read").isEmpty();
    Path brokenInclude = write("bi/compose.yaml", "include: [inc.yaml]\nservices: {a: {image: a:1}}\n");
    write("bi/inc.yaml", "services: [\n");
    assertThat(ComposeReferences.referencedFiles(brokenInclude, CONTEXT)).as("pulled in, if broken")
        .containsExactly(dir.resolve("bi/inc.yaml"));
  }

  @Test
  void aCycleNamesTheOtherFilesButNeverTheFileItself() throws IOException {
    Path a = write("cyc/a.yaml", "include: [b.yaml]\nservices: {a: {image: a:1}}\n");
    write("cyc/b.yaml", "include: [a.yaml]\nservices: {b: {image: b:1}}\n");

    assertThat(ComposeReferences.referencedFiles(a, CONTEXT)).containsExactly(dir.resolve("cyc/b.yaml"));
  }

  @Test
  void readingIsBounded() throws IOException {
    StringBuilder include = new StringBuilder("include:\n");
    for (int i = 0; i < 40; i++) {
      include.append("  - f").append(i).append(".yaml\n");
      write("many/f" + i + ".yaml", "services: {s" + i + ": {image: a:1}}\n");
    }
    Path main = write("many/compose.yaml", include + "services: {a: {image: a:1}}\n");

    assertThat(ComposeReferences.referencedFiles(main, CONTEXT)).hasSize(ProjectFiles.MAX_EXTRA_FILES);
  }
}
