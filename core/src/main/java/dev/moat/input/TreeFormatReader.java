package dev.moat.input;

import dev.moat.input.tree.Document;
import java.util.List;

/** Reads a format that comes as YAML or JSON documents (Kubernetes, Compose, inspect, OCI). */
public interface TreeFormatReader {

  void read(InputFile file, List<Document> documents, ReadContext context, ReadResult out);
}
