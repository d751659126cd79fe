package dev.moat.input.compose;

import dev.moat.input.InputFile;
import dev.moat.input.ReadContext;
import dev.moat.model.InputError;
import dev.moat.model.Source;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The variables a project is interpolated with: the .env beside the first file under the
 * environment, which wins as in docker compose. A .env that cannot be read or parsed is an error.
 *
 * <p>Two variables of the environment describe the shell docker compose runs in, not the one Moat
 * runs in, so Moat's own values would make the result depend on where it is run: {@code PWD} is
 * the project directory, where docker compose is normally run ({@code .}, which relative paths
 * keep relative to the project: see {@link Interpolator#inDirectory}), and {@code HOME} is
 * {@code ~}, the home of whoever runs docker compose, which Moat cannot know and reads as a home
 * path like {@code ~/x}.
 */
final class ProjectVariables {

  /** The project directory as every file of the project at the project directory writes it. */
  static final String PROJECT_DIRECTORY = ".";
  static final String HOME = "~";

  private ProjectVariables() {}

  static Map<String, String> read(InputFile input, ReadContext context, List<InputError> errors) {
    Map<String, String> environment = new HashMap<>(context.environment());
    environment.put("PWD", PROJECT_DIRECTORY);
    environment.put("HOME", HOME);
    Map<String, String> vars = new HashMap<>();
    Path path = input.path();
    if (path != null) {
      Path envFile = path.resolveSibling(".env");
      String label = ProjectFiles.join(ProjectFiles.parentLabel(input.label()), ".env");
      try {
        String text = context.readText(envFile);
        vars.putAll(DotEnv.parse(text, environment));
      } catch (NoSuchFileException e) {
        // no .env: only the environment
      } catch (IOException | IllegalArgumentException e) {
        if (!isDirectory(e)) {
          errors.add(new InputError(new Source(label, 0, ""), "cannot read: " + e.getMessage()));
        }
      } catch (DotEnv.Failure e) {
        errors.add(new InputError(new Source(label, e.line(), ""), e.getMessage()));
      }
    }
    vars.putAll(environment);
    return vars;
  }

  /** True when the failure says .env is a directory: that is ignored, not reported. */
  private static boolean isDirectory(Exception e) {
    return e.getMessage() != null && e.getMessage().toLowerCase(Locale.ROOT).contains("directory");
  }
}
