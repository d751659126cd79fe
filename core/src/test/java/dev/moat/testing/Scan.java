package dev.moat.testing;

import dev.moat.engine.Engine;
import dev.moat.engine.RuleSet;
import dev.moat.input.InputOptions;
import dev.moat.input.Inputs;
import dev.moat.input.ReadResult;
import dev.moat.result.Report;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/** Runs the real input readers and engine the way the CLI does, for tests. */
public final class Scan {

  private Scan() {}

  public static ReadResult read(Path file) {
    return new Inputs(InputOptions.DEFAULT).read(List.of(file.toString()), InputStream.nullInputStream());
  }

  /** Reads YAML or JSON text given on standard input. */
  public static ReadResult readText(String text) {
    return new Inputs(InputOptions.DEFAULT).read(List.of("-"),
        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }

  public static Report report(ReadResult input, RuleSet rules) {
    return new Engine(rules, "test").run(input);
  }

  public static Report catalogue(String yaml) {
    return report(readText(yaml), RuleSet.catalogue());
  }
}
