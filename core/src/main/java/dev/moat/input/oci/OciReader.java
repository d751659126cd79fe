package dev.moat.input.oci;

import dev.moat.input.InputFile;
import dev.moat.input.ReadContext;
import dev.moat.input.ReadResult;
import dev.moat.input.TreeFormatReader;
import dev.moat.model.InputError;
import dev.moat.model.Source;
import dev.moat.input.tree.Document;
import java.util.List;

/** Reads an OCI runtime bundle config.json into a workload with one container. */
public final class OciReader implements TreeFormatReader {

  @Override
  public void read(InputFile file, List<Document> documents, ReadContext context, ReadResult out) {
    out.addError(new InputError(new Source(file.label(), 0, ""), "reading this format is not implemented yet"));
  }
}
