package dev.moat.input.tree;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.common.Anchor;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.MappingStartEvent;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.events.SequenceStartEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.ReaderException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

/**
 * Reads YAML streams into {@link Node} trees with SnakeYAML Engine's event parser.
 *
 * <p>Why events and not SnakeYAML's own node graph: the event stream constructs no objects from
 * tags (nothing in the input is ever instantiated), lets us bound nesting and alias use ourselves,
 * and skips a second tree. Each document of a stream is parsed on its own, so a syntax error in
 * one document does not lose the others; documents are found by their "---" lines at column 0,
 * which is where YAML requires a document marker to stand.
 *
 * <p>Thread-safe: one instance serves every file of a scan.
 */
public final class YamlLoader {

  private static final String STR_TAG = "tag:yaml.org,2002:str";
  private static final java.util.Set<String> CORE_TAGS = java.util.Set.of(
      "tag:yaml.org,2002:int", "tag:yaml.org,2002:bool", "tag:yaml.org,2002:float", "tag:yaml.org,2002:null");
  private static final Pattern HELM_SOURCE = Pattern.compile("(?m)^# Source: (\\S.*)$");

  private final Limits limits;
  private final LoadSettings settings;

  public YamlLoader(Limits limits) {
    this.limits = limits;
    this.settings =
        LoadSettings.builder()
            .setUseMarks(true)
            .setAllowDuplicateKeys(true) // duplicates are detected, with lines, by TreeBuilder
            .setMaxAliasesForCollections(limits.maxAliases())
            .setCodePointLimit((int) Math.min(Integer.MAX_VALUE, limits.maxBytes()))
            .build();
  }

  /**
   * All documents of a YAML stream, in order; empty documents are kept as empty. The stream is
   * parsed in one pass; only when that fails is it split into documents and parsed one by one, so
   * the broken document is reported and the others are still read. (One pass is the common case
   * and spares the split, a parser per document and a copy of every document's text.)
   */
  public List<Document> load(String text) {
    List<Document> whole = loadWhole(text);
    if (whole != null) {
      return whole;
    }
    List<Document> docs = new ArrayList<>();
    for (Chunk chunk : split(text)) {
      docs.add(loadChunk(chunk));
    }
    return docs;
  }

  /** The documents of a stream without errors, or null at the first error of any kind. */
  private List<Document> loadWhole(String text) {
    Chunk all = new Chunk(text, 1);
    List<Document> docs = new ArrayList<>();
    List<Integer> starts = new ArrayList<>();
    try {
      ParserImpl parser = new ParserImpl(settings, new StreamReader(settings, text));
      TreeBuilder builder = new TreeBuilder(limits);
      Node root = null;
      int docLine = 1;
      while (parser.hasNext()) {
        Event event = parser.next();
        switch (event.getEventId()) {
          case DocumentStart -> {
            docLine = line(event, all);
            root = null;
          }
          case DocumentEnd -> {
            if (root instanceof ScalarNode s && s.isNullValue()) {
              root = null;
            }
            docs.add(Document.of(root, docLine, null));
            starts.add(docLine);
          }
          case Scalar, MappingStart, SequenceStart, Alias ->
              root = node(parser, event, all, builder, new TreeBuilder.Anchors(limits.maxAliases()), 1);
          default -> { }
        }
      }
    } catch (TreeException | YamlEngineException e) {
      return null;
    }
    return text.contains("# Source: ") ? withHelmSources(docs, starts, text) : docs;
  }

  /** Gives each document the first Helm "# Source:" comment among its lines. */
  private static List<Document> withHelmSources(List<Document> docs, List<Integer> starts, String text) {
    List<Document> out = new ArrayList<>(docs.size());
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < docs.size(); i++) {
      int from = i == 0 ? 1 : starts.get(i);
      int to = i + 1 < starts.size() ? starts.get(i + 1) : lines.length + 1;
      String source = null;
      for (int l = from; l < to && source == null; l++) {
        Matcher m = HELM_SOURCE.matcher(lines[l - 1].stripTrailing());
        if (m.matches()) {
          source = m.group(1).trim();
        }
      }
      Document d = docs.get(i);
      out.add(Document.of(d.root(), d.line(), source));
    }
    return out;
  }

  private record Chunk(String text, int firstLine) {}

  /**
   * Splits a stream into one chunk per document. A "---" line (nothing, a space or a tab after
   * it) starts a new document unless everything before it in the current chunk is preamble:
   * blank lines, comments and directives ("%YAML 1.2"), which belong to the document the marker
   * opens. So "---" right after an empty document, as Helm writes for a template that renders
   * nothing ("---", "# Source: chart/templates/hpa.yaml", "---", ...), still starts the next one.
   * A directive after content starts a new document too, and a "..." line ends one.
   */
  static List<Chunk> split(String text) {
    List<Chunk> chunks = new ArrayList<>();
    int start = 0;
    int startLine = 1;
    int line = 1;
    int i = 0;
    int n = text.length();
    boolean marked = false; // the chunk already holds a "---"
    boolean content = false; // the chunk holds more than preamble
    while (i < n) {
      int eol = text.indexOf('\n', i);
      int end = eol < 0 ? n : eol;
      boolean documentStart = isMarker(text, i, end, "---");
      boolean documentEnd = isMarker(text, i, end, "...");
      boolean directive = text.charAt(i) == '%';
      if ((documentStart || directive) && (content || marked)) {
        chunks.add(new Chunk(text.substring(start, i), startLine));
        start = i;
        startLine = line;
        marked = false;
        content = false;
      }
      if (documentStart) {
        marked = true;
        content |= hasContent(text, i + 3, end);
      } else if (!directive && !documentEnd) {
        content |= hasContent(text, i, end);
      }
      i = end + 1;
      line++;
      if (documentEnd) {
        chunks.add(new Chunk(text.substring(start, Math.min(i, n)), startLine));
        start = Math.min(i, n);
        startLine = line;
        marked = false;
        content = false;
      }
    }
    if (start < n || chunks.isEmpty()) {
      chunks.add(new Chunk(text.substring(Math.min(start, n)), startLine));
    }
    return chunks;
  }

  /** A "---" or "..." marker at column 0, followed by nothing, a space or a tab. */
  private static boolean isMarker(String text, int from, int end, String marker) {
    if (end - from < 3 || !text.startsWith(marker, from)) {
      return false;
    }
    if (end - from == 3) {
      return true;
    }
    char c = text.charAt(from + 3);
    return c == ' ' || c == '\t' || c == '\r';
  }

  /** True when the line holds more than blanks and a comment. */
  private static boolean hasContent(String text, int from, int end) {
    for (int i = from; i < end; i++) {
      char c = text.charAt(i);
      if (c == '#') {
        return false;
      }
      if (c != ' ' && c != '\t' && c != '\r') {
        return true;
      }
    }
    return false;
  }

  private Document loadChunk(Chunk chunk) {
    String helmSource = helmSource(chunk.text());
    try {
      ParserImpl parser = new ParserImpl(settings, new StreamReader(settings, chunk.text()));
      Node root = null;
      int docLine = chunk.firstLine();
      TreeBuilder builder = new TreeBuilder(limits);
      while (parser.hasNext()) {
        Event event = parser.next();
        switch (event.getEventId()) {
          case DocumentStart -> docLine = line(event, chunk);
          case Scalar, MappingStart, SequenceStart, Alias -> {
            if (root != null) {
              throw new TreeException("more than one value in one document", line(event, chunk));
            }
            root = node(parser, event, chunk, builder, new TreeBuilder.Anchors(limits.maxAliases()), 1);
          }
          default -> { }
        }
      }
      if (root instanceof ScalarNode s && s.plain() && isNull(s.text())) {
        root = null;
      }
      return Document.of(root, docLine, helmSource);
    } catch (TreeException e) {
      return Document.failed(e, chunk.firstLine());
    } catch (MarkedYamlEngineException e) {
      // An error at the end of the chunk ("unexpected end") would name the next document's line.
      int line = Math.min(lastLine(chunk),
          e.getProblemMark().or(e::getContextMark).map(m -> m.getLine() + chunk.firstLine()).orElse(chunk.firstLine()));
      String problem = e.getProblem() == null ? "invalid YAML" : e.getProblem();
      String context = e.getContext() == null ? "" : " (" + e.getContext() + ")";
      return Document.failed(new TreeException("invalid YAML: " + problem + context, line), chunk.firstLine());
    } catch (ReaderException e) {
      return Document.failed(
          new TreeException(
              String.format("not a text file: unprintable character 0x%X", e.getCodePoint()),
              lineOfOffset(chunk, e.getPosition())),
          chunk.firstLine());
    } catch (YamlEngineException e) {
      return Document.failed(new TreeException("invalid YAML: " + e.getMessage(), chunk.firstLine()), chunk.firstLine());
    }
  }

  private Node node(ParserImpl parser, Event event, Chunk chunk, TreeBuilder builder,
      TreeBuilder.Anchors anchors, int depth) throws TreeException {
    int line = line(event, chunk);
    builder.checkDepth(depth, line);
    long usesBefore = anchors.uses();
    Node node;
    switch (event.getEventId()) {
      case Scalar -> {
        ScalarEvent s = (ScalarEvent) event;
        // An explicit core tag decides over the style: !!str 10 is a string, !!int "10" a number.
        String tag = s.getTag().orElse(null);
        boolean plain = tag == null ? s.isPlain() : !STR_TAG.equals(tag) && (s.isPlain() || CORE_TAGS.contains(tag));
        node = new ScalarNode(s.getValue(), plain, line);
      }
      case Alias -> {
        return anchors.resolve(((AliasEvent) event).getAlias().getValue(), line);
      }
      case SequenceStart -> {
        List<Node> items = new ArrayList<>();
        Event next;
        while ((next = parser.next()).getEventId() != Event.ID.SequenceEnd) {
          items.add(node(parser, next, chunk, builder, anchors, depth + 1));
        }
        node = new SeqNode(items, line);
      }
      case MappingStart -> {
        TreeBuilder.MapAssembly map = new TreeBuilder.MapAssembly(line);
        Event next;
        while ((next = parser.next()).getEventId() != Event.ID.MappingEnd) {
          int keyLine = line(next, chunk);
          if (!(next instanceof ScalarEvent keyEvent)) {
            // Consume the complex key so the error names its line, then refuse it.
            throw new TreeException("mapping keys must be plain strings, found a "
                + (next instanceof MappingStartEvent ? "mapping" : next instanceof SequenceStartEvent ? "list" : "alias")
                + " as a key", keyLine);
          }
          Node value = node(parser, parser.next(), chunk, builder, anchors, depth + 1);
          if (keyEvent.isPlain() && "<<".equals(keyEvent.getValue())) {
            map.merge(value, keyLine);
          } else {
            map.put(keyEvent.getValue(), keyLine, value);
          }
        }
        node = map.build();
      }
      default -> throw new TreeException("unexpected YAML event " + event.getEventId(), line);
    }
    Optional<Anchor> anchor = ((NodeEvent) event).getAnchor();
    if (anchor.isPresent()) {
      anchors.define(anchor.get().getValue(), node, anchors.uses() - usesBefore);
    }
    return node;
  }

  private static int line(Event event, Chunk chunk) {
    Optional<Mark> mark = event.getStartMark();
    return mark.map(m -> m.getLine() + chunk.firstLine()).orElse(chunk.firstLine());
  }

  /** The line of the chunk's last character (a final newline ends that line, it starts none). */
  private static int lastLine(Chunk chunk) {
    String t = chunk.text();
    int end = t.endsWith("\n") ? t.length() - 1 : t.length();
    int line = chunk.firstLine();
    for (int i = 0; i < end; i++) {
      if (t.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }

  private static int lineOfOffset(Chunk chunk, int offset) {
    int line = chunk.firstLine();
    String t = chunk.text();
    for (int i = 0; i < Math.min(offset, t.length()); i++) {
      if (t.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }

  private static String helmSource(String text) {
    if (!text.contains("# Source: ")) {
      return null; // the common case; spares a regex pass over every document
    }
    Matcher m = HELM_SOURCE.matcher(text);
    return m.find() ? m.group(1).trim() : null;
  }

  /** YAML's null spellings (1.1 and 1.2 agree on these). */
  public static boolean isNull(String text) {
    // Called for every field lookup: decide by length first, the spellings are 0, 1 or 4 long.
    switch (text.length()) {
      case 0:
        return true;
      case 1:
        return text.charAt(0) == '~';
      case 4:
        return "null".equals(text) || "Null".equals(text) || "NULL".equals(text);
      default:
        return false;
    }
  }
}
