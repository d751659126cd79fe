package dev.moat.report.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.Writer;

/**
 * Opens JSON generators whose bytes do not depend on the platform or on Jackson's defaults: two
 * spaces per level, {@code \n} line ends (Jackson's default indenter uses the system's), {@code "a": 1}
 * rather than {@code "a" : 1}, {@code []} and {@code {}} for empty containers, and a final newline.
 * The JSON and SARIF reporters share it so both formats look alike.
 */
public final class StableJson {

  // The caller owns the writer: closing the generator must not close it.
  private static final JsonFactory FACTORY =
      JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

  private StableJson() {}

  public static JsonGenerator open(Writer out) throws IOException {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    Separators separators = Separators.createDefaultInstance()
        .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
        .withObjectEmptySeparator("")
        .withArrayEmptySeparator("");
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
        .withSeparators(separators)
        .withObjectIndenter(indenter)
        .withArrayIndenter(indenter);
    JsonGenerator json = FACTORY.createGenerator(out);
    json.setPrettyPrinter(printer);
    return json;
  }

  /** Ends the document: flushes the generator (leaving the writer open) and adds the final newline. */
  public static void finish(JsonGenerator json, Writer out) throws IOException {
    json.close();
    out.write('\n');
    out.flush();
  }
}
