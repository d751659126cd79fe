package dev.moat.report.sarif;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.moat.model.ObjectRef;
import dev.moat.model.Source;
import java.io.IOException;
import java.util.Optional;

/** Writes SARIF "locations" arrays: where in which file, and on which Kubernetes object. */
final class SarifLocations {

  private final JsonGenerator json;

  SarifLocations(JsonGenerator json) {
    this.json = json;
  }

  /** Writes {@code "locations"} when there is a file or an object to point at; nothing otherwise. */
  void write(Source source, ObjectRef object) throws IOException {
    Optional<ArtifactUri> artifact = ArtifactUri.of(source.file());
    if (artifact.isEmpty() && object == null) {
      return;
    }
    json.writeArrayFieldStart("locations");
    json.writeStartObject();
    if (artifact.isPresent()) {
      writePhysical(artifact.get(), source.line());
    }
    if (object != null) {
      json.writeArrayFieldStart("logicalLocations");
      json.writeStartObject();
      json.writeStringField("name", object.name());
      json.writeStringField("fullyQualifiedName", qualifiedName(object));
      json.writeStringField("kind", "resource");
      json.writeEndObject();
      json.writeEndArray();
    }
    json.writeEndObject();
    json.writeEndArray();
  }

  private void writePhysical(ArtifactUri artifact, int line) throws IOException {
    json.writeObjectFieldStart("physicalLocation");
    json.writeObjectFieldStart("artifactLocation");
    json.writeStringField("uri", artifact.uri());
    if (artifact.baseId() != null) {
      json.writeStringField("uriBaseId", artifact.baseId());
    }
    json.writeEndObject();
    json.writeObjectFieldStart("region");
    // SARIF lines start at 1; an unknown line (0) points at the top of the file instead.
    json.writeNumberField("startLine", Math.max(1, line));
    json.writeEndObject();
    json.writeEndObject();
  }

  /** "Deployment/prod/web", or "Pod/web" when the input names no namespace. */
  static String qualifiedName(ObjectRef object) {
    return object.namespace() == null
        ? object.kind() + "/" + object.name()
        : object.kind() + "/" + object.namespace() + "/" + object.name();
  }
}
