package dev.moat.input.inspect;

import dev.moat.input.InputFile;
import dev.moat.input.ReadContext;
import dev.moat.input.ReadResult;
import dev.moat.input.TreeFormatReader;
import dev.moat.model.InputError;
import dev.moat.model.Source;
import dev.moat.input.tree.Document;
import java.util.List;

/** Reads docker inspect and podman inspect output for containers into workloads, one per container. */
public final class InspectReader implements TreeFormatReader {

  @Override
  public void read(InputFile file, List<Document> documents, ReadContext context, ReadResult out) {
    out.addError(new InputError(new Source(file.label(), 0, ""), "reading this format is not implemented yet"));
  }
}
