package dev.moat.report.sarif;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.List;

/**
 * The official OASIS SARIF 2.1.0 schema (draft-07), loaded from the copy in
 * src/test/resources/schemas. The schema's $id is mapped onto that copy and every other http(s) IRI
 * is blocked, so validation never touches the network: tests must pass offline and must not depend
 * on whatever a remote server serves today.
 */
final class SarifSchema {

  /** The $id the official schema declares. */
  static final String ID = "https://raw.githubusercontent.com/oasis-tcs/sarif-spec/master/Schemata/sarif-schema-2.1.0.json";

  private static final String ID_PREFIX = ID.substring(0, ID.lastIndexOf('/') + 1);

  private static final Schema SCHEMA = load();

  private SarifSchema() {}

  static List<String> validate(String sarif) {
    return SCHEMA.validate(sarif, InputFormat.JSON).stream().map(Error::toString).toList();
  }

  private static Schema load() {
    SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7,
        builder -> builder.schemaLoader(loader -> loader
            .schemaIdResolvers(ids -> ids.mapPrefix(ID_PREFIX, "classpath:schemas/"))
            .fetchRemoteResources(false)
            // The $id itself is allowed: the resolver above turns it into the local copy.
            .block(iri -> iri.toString().startsWith("http") && !iri.toString().startsWith(ID_PREFIX))));
    return registry.getSchema(SchemaLocation.of(ID));
  }
}
