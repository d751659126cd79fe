package dev.moat.input.dockerfile;

import dev.moat.input.InputFile;
import dev.moat.input.ReadContext;
import dev.moat.input.ReadResult;
import dev.moat.input.TextFormatReader;
import dev.moat.model.InputError;
import dev.moat.model.Source;


/** Reads Dockerfiles into the Dockerfile model: stages, instructions with lines, the final USER. */
public final class DockerfileReader implements TextFormatReader {

  @Override
  public void read(InputFile file, String text, ReadContext context, ReadResult out) {
    out.addError(new InputError(new Source(file.label(), 0, ""), "reading this format is not implemented yet"));
  }
}
