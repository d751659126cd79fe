package dev.moat.input.tree;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads JSON into {@link Node} trees with Jackson's streaming parser, which keeps line numbers
 * and enforces nesting and size limits itself. Several concatenated JSON values are several
 * documents, as in a stream of API objects.
 *
 * <p>Thread-safe: one instance serves every file of a scan.
 */
public final class JsonLoader {

  private final Limits limits;
  private final JsonFactory factory;

  public JsonLoader(Limits limits) {
    this.limits = limits;
    this.factory =
        JsonFactory.builder()
            .streamReadConstraints(
                StreamReadConstraints.builder()
                    .maxNestingDepth(limits.maxDepth())
                    .maxStringLength((int) Math.min(Integer.MAX_VALUE, limits.maxBytes()))
                    .maxNumberLength(64)
                    .build())
            .build();
  }

  public List<Document> load(String text) {
    List<Document> docs = new ArrayList<>();
    TreeBuilder builder = new TreeBuilder(limits);
    try (JsonParser p = factory.createParser(text)) {
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        int line = line(p);
        try {
          docs.add(Document.of(node(p, t, builder, 1), line, null));
        } catch (TreeException e) {
          docs.add(Document.failed(e, line));
          return docs; // the stream position is lost; nothing after this can be trusted
        }
      }
    } catch (StreamConstraintsException e) {
      docs.add(Document.failed(new TreeException(
          "document exceeds a size or nesting limit: " + e.getOriginalMessage(), Math.min(lineOf(e), lastLine(text))), 1));
    } catch (JsonParseException e) {
      // Truncated input fails at the end: name the last line written, not the empty one after it.
      docs.add(Document.failed(new TreeException("invalid JSON: " + e.getOriginalMessage(),
          Math.min(lineOf(e), lastLine(text))), 1));
    } catch (IOException e) {
      docs.add(Document.failed(new TreeException("invalid JSON: " + e.getMessage(), 1), 1));
    }
    return docs;
  }

  private Node node(JsonParser p, JsonToken t, TreeBuilder builder, int depth)
      throws IOException, TreeException {
    int line = line(p);
    builder.checkDepth(depth, line);
    switch (t) {
      case START_OBJECT -> {
        TreeBuilder.MapAssembly map = new TreeBuilder.MapAssembly(line);
        JsonToken next;
        while ((next = p.nextToken()) == JsonToken.FIELD_NAME) {
          String key = p.currentName();
          int keyLine = line(p);
          map.put(key, keyLine, node(p, p.nextToken(), builder, depth + 1));
        }
        if (next != JsonToken.END_OBJECT) {
          throw new TreeException("invalid JSON: unexpected " + next, line(p));
        }
        return map.build();
      }
      case START_ARRAY -> {
        List<Node> items = new ArrayList<>();
        JsonToken next;
        while ((next = p.nextToken()) != JsonToken.END_ARRAY) {
          if (next == null) {
            throw new TreeException("invalid JSON: unexpected end of input", line(p));
          }
          items.add(node(p, next, builder, depth + 1));
        }
        return new SeqNode(items, line);
      }
      case VALUE_STRING -> {
        return new ScalarNode(p.getText(), false, line);
      }
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT, VALUE_TRUE, VALUE_FALSE -> {
        return new ScalarNode(p.getText(), true, line);
      }
      case VALUE_NULL -> {
        return new ScalarNode("null", true, line);
      }
      default -> throw new TreeException("invalid JSON: unexpected " + t, line);
    }
  }

  /** The line of the text's last character (a final newline ends that line, it starts none). */
  private static int lastLine(String text) {
    int end = text.endsWith("\n") ? text.length() - 1 : text.length();
    int line = 1;
    for (int i = 0; i < end; i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }

  private static int line(JsonParser p) {
    return Math.max(1, p.currentTokenLocation().getLineNr());
  }

  private static int lineOf(JsonParseException e) {
    return e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getLineNr());
  }

  private static int lineOf(StreamConstraintsException e) {
    return e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getLineNr());
  }
}
