package dev.moat.input;

import dev.moat.input.tree.JsonLoader;
import dev.moat.input.tree.Limits;
import dev.moat.input.tree.YamlLoader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * What a format reader may use besides its own input: the document loaders, the limits, the
 * environment (Compose interpolation) and bounded reading of a related file (a Compose override,
 * a .env file). Readers never touch the file system any other way.
 */
public final class ReadContext {

  private final Limits limits;
  private final YamlLoader yaml;
  private final JsonLoader json;
  private final Map<String, String> environment;

  public ReadContext(Limits limits, Map<String, String> environment) {
    this.limits = limits;
    this.yaml = new YamlLoader(limits);
    this.json = new JsonLoader(limits);
    this.environment = Map.copyOf(environment);
  }

  public Limits limits() {
    return limits;
  }

  public YamlLoader yaml() {
    return yaml;
  }

  public JsonLoader json() {
    return json;
  }

  /** Environment variables for interpolation (the process environment unless a test sets one). */
  public Map<String, String> environment() {
    return environment;
  }

  /**
   * The text of a related file, with the same size limit and decoding checks as any input.
   *
   * @throws IOException when it cannot be read
   * @throws IllegalArgumentException when it is too large or not text (the message says which)
   */
  public String readText(Path path) throws IOException {
    return TextFiles.read(path, limits.maxBytes());
  }
}
