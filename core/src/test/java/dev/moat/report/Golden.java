package dev.moat.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.moat.result.Report;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares output with a golden file under src/test/resources/report/. Run the tests with
 * {@code -Dgolden.update=true} to rewrite the goldens instead, then review the diff.
 * Reads the source tree, not the classpath copy, so an update is seen by the very next run.
 */
public final class Golden {

  /** Surefire runs with the module directory as the working directory. */
  public static final Path DIR = Path.of("src", "test", "resources", "report");

  private Golden() {}

  public static void assertMatches(String fileName, String actual) {
    Path file = DIR.resolve(fileName);
    try {
      if (Boolean.getBoolean("golden.update")) {
        Files.createDirectories(DIR);
        Files.writeString(file, actual, StandardCharsets.UTF_8);
        return;
      }
      assertThat(file).as("golden file %s (create it with -Dgolden.update=true)", file).exists();
      assertThat(actual).as("output differs from %s; rerun with -Dgolden.update=true and review the diff", file)
          .isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static String read(String fileName) {
    try {
      return Files.readString(DIR.resolve(fileName), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Runs a reporter into a string. */
  public static String render(Reporter reporter, Report report) {
    StringWriter out = new StringWriter();
    try {
      reporter.write(report, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}
