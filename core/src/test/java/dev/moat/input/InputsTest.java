package dev.moat.input;

import static org.assertj.core.api.Assertions.assertThat;

import dev.moat.input.tree.Limits;
import dev.moat.model.InputError;
import dev.moat.model.Source;
import dev.moat.model.Workload;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputsTest {

  @TempDir
  Path dir;

  private static String pod(String name) {
    return "apiVersion: v1\nkind: Pod\nmetadata:\n  name: " + name + "\nspec:\n  containers:\n    - name: c\n      image: x:1\n";
  }

  private Path write(String relative, String text) throws IOException {
    Path p = dir.resolve(relative);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
    return p;
  }

  private static ReadResult read(List<String> paths) {
    return new Inputs(InputOptions.DEFAULT).read(paths, InputStream.nullInputStream());
  }

  private static List<String> names(ReadResult r) {
    return r.workloads().stream().map(w -> w.ref().name()).toList();
  }

  @Test
  void aDirectoryIsWalkedInSortedOrderSkippingHiddenDirectoriesAndOtherFiles() throws IOException {
    write("z-last.yaml", pod("z"));
    write("a-first.yml", pod("a"));
    write("m/b.json", "{\"apiVersion\": \"v1\", \"kind\": \"Pod\", \"metadata\": {\"name\": \"mb\"},"
        + " \"spec\": {\"containers\": [{\"name\": \"c\", \"image\": \"x\"}]}}");
    write("m/a.YAML", pod("ma"));
    write(".git/config.yaml", pod("git"));
    write("m/.cache/x.yaml", pod("cache"));
    write(".hidden.yaml", pod("hidden"));
    write("README.md", pod("readme"));
    write("chart/values.txt", pod("txt"));

    ReadResult r = read(List.of(dir.toString()));

    assertThat(names(r)).containsExactly("a", "ma", "mb", "z");
    assertThat(r.workloads()).extracting(w -> w.source().file()).containsExactly(
        dir + "/a-first.yml", dir + "/m/a.YAML", dir + "/m/b.json", dir + "/z-last.yaml");
    assertThat(r.files()).isEqualTo(4);
    assertThat(r.errors()).isEmpty();
  }

  @Test
  void theOrderDoesNotDependOnThreads() throws IOException {
    for (int i = 0; i < 40; i++) {
      write(String.format("p%02d.yaml", i), pod("p" + i));
    }

    List<String> first = names(read(List.of(dir.toString())));

    for (int run = 0; run < 5; run++) {
      assertThat(names(read(List.of(dir.toString())))).isEqualTo(first);
    }
    assertThat(first).first().isEqualTo("p0");
    assertThat(first).last().isEqualTo("p39");
  }

  @Test
  void anExplicitlyNamedFileIsReadWhateverItsExtension() throws IOException {
    Path txt = write("rendered.txt", pod("explicit"));

    assertThat(names(read(List.of(txt.toString())))).containsExactly("explicit");
  }

  @Test
  void aSymlinkedFileInADirectoryIsRead() throws IOException {
    Path target = write("elsewhere/real.yaml", pod("linked"));
    Path scanned = Files.createDirectories(dir.resolve("scanned"));
    Files.createSymbolicLink(scanned.resolve("link.yaml"), target);

    assertThat(names(read(List.of(scanned.toString())))).containsExactly("linked");
  }

  @Test
  void aSymlinkLoopDoesNotHangTheWalk() throws IOException {
    write("d/p.yaml", pod("p"));
    Files.createSymbolicLink(dir.resolve("d/loop"), dir.resolve("d"));

    assertThat(names(read(List.of(dir.resolve("d").toString())))).containsExactly("p");
  }

  @Test
  void aNonExistentPathIsAnErrorAndTheOtherPathsAreStillRead() throws IOException {
    Path good = write("good.yaml", pod("good"));
    String missing = dir.resolve("missing.yaml").toString();

    ReadResult r = read(List.of(missing, good.toString()));

    assertThat(names(r)).containsExactly("good");
    assertThat(r.errors()).containsExactly(new InputError(new Source(missing, 0, ""), "no such file or directory"));
  }

  @Test
  void aFileOverTheSizeLimitIsAnErrorNamingTheLimit() throws IOException {
    Path big = write("big.yaml", pod("big") + "# padding\n".repeat(160_000));
    Path small = write("small.yaml", pod("small"));
    Inputs inputs = new Inputs(new InputOptions(new Limits(1024 * 1024, 128, 500)));

    ReadResult r = inputs.read(List.of(big.toString(), small.toString()), InputStream.nullInputStream());

    assertThat(names(r)).containsExactly("small");
    assertThat(r.errors()).singleElement().satisfies(e -> {
      assertThat(e.source().file()).isEqualTo(big.toString());
      assertThat(e.message()).isEqualTo("file is 1.5 MB, larger than the 1 MB limit (raise it with --max-file-size)");
    });
  }

  @Test
  void standardInputOverTheSizeLimitIsAnErrorToo() {
    Inputs inputs = new Inputs(new InputOptions(new Limits(1024 * 1024, 128, 500)));
    byte[] big = (pod("big") + "#".repeat(2 * 1024 * 1024)).getBytes(StandardCharsets.UTF_8);

    ReadResult r = inputs.read(List.of("-"), new ByteArrayInputStream(big));

    assertThat(r.workloads()).isEmpty();
    assertThat(r.errors()).extracting(InputError::message)
        .containsExactly("file is over 1.0 MB, larger than the 1 MB limit (raise it with --max-file-size)");
  }

  @Test
  void standardInputIsReadAsYamlOrJsonByItsFirstCharacter() {
    Inputs inputs = new Inputs(InputOptions.DEFAULT);

    ReadResult yaml = inputs.read(List.of("-"), stdin(pod("from-yaml")));
    ReadResult json = inputs.read(List.of("-"), stdin("  \n{\"apiVersion\": \"v1\", \"kind\": \"Pod\", \"metadata\": {\"name\": \"j\"},\n"
        + " \"spec\": {\"containers\": [{\"name\": \"c\", \"image\": \"x\"}]}}"));

    assertThat(names(yaml)).containsExactly("from-yaml");
    assertThat(yaml.workloads().get(0).source()).isEqualTo(new Source("-", 1, ""));
    assertThat(names(json)).containsExactly("j");
    assertThat(json.workloads().get(0).containers().get(0).source().line()).isEqualTo(3);
  }

  @Test
  void binaryFilesAreAnErrorWhetherNamedOrFound() throws IOException {
    Path bin = dir.resolve("blob.yaml");
    Files.write(bin, new byte[] {'k', 'i', 'n', 'd', ':', 0, 1, 2});
    write("ok.yaml", pod("ok"));

    ReadResult named = read(List.of(bin.toString()));
    ReadResult walked = read(List.of(dir.toString()));

    assertThat(named.errors()).extracting(InputError::message).containsExactly("not a text file (contains NUL bytes)");
    // Skipping it quietly in a directory would let a file hide from a scan and still exit 0.
    assertThat(walked.errors()).extracting(InputError::message).containsExactly("not a text file (contains NUL bytes)");
    assertThat(names(walked)).containsExactly("ok");
  }

  @Test
  void invalidUtf8IsAnErrorAndAByteOrderMarkIsAccepted() throws IOException {
    Path latin1 = dir.resolve("latin1.yaml");
    Files.write(latin1, (pod("x") + "# caf\u00e9\n").getBytes(StandardCharsets.ISO_8859_1));
    Path bom = dir.resolve("bom.yaml");
    byte[] text = pod("with-bom").getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[text.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(text, 0, withBom, 3, text.length);
    Files.write(bom, withBom);

    assertThat(read(List.of(latin1.toString())).errors()).extracting(InputError::message)
        .containsExactly("not valid UTF-8 text");
    ReadResult r = read(List.of(bom.toString()));
    assertThat(names(r)).containsExactly("with-bom");
    assertThat(r.workloads().get(0).source().line()).isEqualTo(1);
  }

  @Test
  void anUnrenderedHelmTemplateIsAnErrorThatSaysHowToRenderIt() throws IOException {
    Path template = write("chart/templates/deployment.yaml",
        "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: {{ .Release.Name }}\n  labels:\n    {{- include \"x\" . | nindent 4 }}\n");
    write("chart/rendered.yaml", pod("rendered"));

    ReadResult walked = read(List.of(dir.resolve("chart").toString()));
    ReadResult named = read(List.of(template.toString()));

    assertThat(names(walked)).containsExactly("rendered");
    assertThat(walked.errors()).isNotEmpty().allSatisfy(e -> assertThat(e.message()).contains("helm template"));
    assertThat(named.errors()).isNotEmpty().allSatisfy(e -> assertThat(e.message()).contains("helm template"));
  }

  @Test
  void documentsAndFilesAreCounted() throws IOException {
    Path two = write("two.yaml", pod("a") + "---\n" + pod("b") + "---\n# empty\n");

    ReadResult r = read(List.of(two.toString()));

    assertThat(r.files()).isEqualTo(1);
    assertThat(r.documents()).isEqualTo(2);
    assertThat(r.workloads()).extracting(Workload::source).extracting(Source::line).containsExactly(1, 10);
  }

  private static InputStream stdin(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }
}
