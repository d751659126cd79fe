package dev.moat.input.compose;

import dev.moat.input.InputFile;
import dev.moat.input.ReadContext;
import dev.moat.input.ReadResult;
import dev.moat.input.TreeFormatReader;
import dev.moat.model.InputError;
import dev.moat.model.Source;
import dev.moat.input.tree.Document;
import java.util.List;

/** Reads Docker Compose files (the compose specification; version 2.x and 3.x files too) into workloads, one per service. */
public final class ComposeReader implements TreeFormatReader {

  @Override
  public void read(InputFile file, List<Document> documents, ReadContext context, ReadResult out) {
    out.addError(new InputError(new Source(file.label(), 0, ""), "reading this format is not implemented yet"));
  }
}
