package dev.moat.input.dockerrun;

import dev.moat.input.InputFile;
import dev.moat.input.ReadContext;
import dev.moat.input.ReadResult;
import dev.moat.input.TextFormatReader;
import dev.moat.model.InputError;
import dev.moat.model.Source;


/** Reads docker/podman run and create command lines (given with --run, or found in shell scripts and systemd units) into workloads. */
public final class RunReader implements TextFormatReader {

  @Override
  public void read(InputFile file, String text, ReadContext context, ReadResult out) {
    out.addError(new InputError(new Source(file.label(), 0, ""), "reading this format is not implemented yet"));
  }
}
