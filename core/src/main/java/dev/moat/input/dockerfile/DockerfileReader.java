package dev.moat.input.dockerfile;

import dev.moat.input.InputFile;
import dev.moat.input.ReadContext;
import dev.moat.input.ReadResult;
import dev.moat.input.TextFormatReader;

/**
 * Reads Dockerfiles (and Containerfiles) into the Dockerfile model: stages, instructions with
 * lines, the final USER. See {@link DockerfileParser} for the grammar and the substitution rules.
 */
public final class DockerfileReader implements TextFormatReader {

  @Override
  public void read(InputFile file, String text, ReadContext context, ReadResult out) {
    out.countDocument();
    DockerfileParser.Result r = DockerfileParser.parse(file.label(), text);
    out.addErrors(r.errors());
    r.notes().forEach(out::addNote);
    if (r.dockerfile() != null) {
      out.addDockerfile(r.dockerfile());
    }
  }
}
