package dev.moat.input.compose;

import dev.moat.input.InputFile;
import dev.moat.input.ReadContext;
import dev.moat.input.ReadResult;
import dev.moat.input.compose.CNode.CMap;
import dev.moat.input.compose.CNode.CScalar;
import dev.moat.input.tree.Document;
import dev.moat.input.tree.Problems;
import dev.moat.model.InputError;
import dev.moat.model.InputNote;
import dev.moat.model.Source;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Loads a Compose project the way docker compose does before it creates anything: the variables
 * (the environment over the {@code .env} beside the first file), each file interpolated, each
 * file's {@code extends} and {@code include} resolved, the files merged in order. The project
 * directory is the first file's directory: relative paths of every file given with {@code -f} are
 * relative to it, those of a file reached through {@code extends: file:} or {@code include} to
 * that file's own directory. Files besides the ones named are read only through
 * {@link ReadContext#readText}, only when they are local relative paths, and at most
 * {@link #MAX_EXTRA_FILES} of them.
 */
final class Project {

  /** Files read for one project besides the ones named (extends and include), to bound hostile input. */
  static final int MAX_EXTRA_FILES = 32;
  static final int MAX_EXTENDS_DEPTH = 16;

  /** One file of the project: how reports name it, where it is, its directory in the project. */
  record FileRef(String label, Path path, String dir) {}

  private final InputFile input;
  private final ReadContext context;
  private final List<InputError> errors = new ArrayList<>();
  private final Map<String, CMap> loaded = new HashMap<>();
  /** Services whose extends are resolved (file label and name), null for those that failed. */
  private final Map<String, CMap> resolved = new HashMap<>();
  private final Map<String, Source> unsetVariables = new LinkedHashMap<>();
  private Interpolator interpolator;
  private int extraFiles;

  Project(InputFile input, ReadContext context) {
    this.input = input;
    this.context = context;
  }

  Interpolator interpolator() {
    return interpolator;
  }

  /**
   * The merged project, or null when something stopped it (the errors are then in {@code out}):
   * docker compose refuses a project it cannot load, so Moat judges none of it either.
   */
  CMap load(List<Document> mainDocuments, ReadResult out) {
    interpolator = new Interpolator(variables());
    if (!errors.isEmpty()) {
      out.addErrors(errors);
      return null;
    }
    FileRef main = new FileRef(input.label(), input.path(), "");
    List<CMap> layers = new ArrayList<>();
    String mainText = input.path() == null ? input.inline() : readQuietly(input.path());
    CMap first = convert(main, mainDocuments, mainText, out, chainOf(main));
    if (first != null) {
      layers.add(first);
    }
    for (Path override : input.overrides()) {
      FileRef ref = new FileRef(overrideLabel(override), override, "");
      String text = read(ref, null);
      if (text != null) {
        CMap layer = convert(ref, parse(ref, text), text, out, chainOf(ref));
        if (layer != null) {
          layers.add(layer);
        }
      }
    }
    if (!errors.isEmpty()) {
      out.addErrors(errors);
      return null;
    }
    CMap project = CMap.of(List.of(), new CNode.Loc(main.label(), 1, "", ""));
    for (CMap layer : layers) {
      project = Merge.files(project, layer);
    }
    if (!unsetVariables.isEmpty()) {
      List<String> names = new ArrayList<>(unsetVariables.keySet());
      boolean one = names.size() == 1;
      out.addNote(new InputNote(unsetVariables.values().iterator().next(), (one
          ? "variable " + names.get(0) + " is not set" : "variables " + String.join(", ", names) + " are not set")
          + ": read as empty, as docker compose does (set " + (one ? "it" : "them") + " in the environment or in "
          + "the .env file beside the Compose file)"));
    }
    return project;
  }

  /** The .env beside the first file under the environment, which wins as in docker compose. */
  private Map<String, String> variables() {
    Map<String, String> vars = new HashMap<>();
    Path path = input.path();
    if (path != null) {
      Path envFile = path.resolveSibling(".env");
      String label = join(parentLabel(input.label()), ".env");
      try {
        String text = context.readText(envFile);
        vars.putAll(DotEnv.parse(text, context.environment()));
      } catch (NoSuchFileException e) {
        // no .env: only the environment
      } catch (IOException | IllegalArgumentException e) {
        if (!isDirectory(e)) {
          errors.add(new InputError(new Source(label, 0, ""), "cannot read: " + e.getMessage()));
        }
      } catch (DotEnv.Failure e) {
        errors.add(new InputError(new Source(label, e.line(), ""), e.getMessage()));
      }
    }
    vars.putAll(context.environment());
    return vars;
  }

  private static boolean isDirectory(Exception e) {
    return e.getMessage() != null && e.getMessage().toLowerCase(Locale.ROOT).contains("directory");
  }

  /**
   * The documents of one file, each interpolated, with its extends and includes resolved, merged
   * in order.
   *
   * @param chain the files that include this one, to refuse an include cycle
   */
  private CMap convert(FileRef ref, List<Document> docs, String text, ReadResult out, Deque<String> chain) {
    Converter converter = new Converter(ref.label(), ref.dir(), interpolator, text);
    CMap merged = null;
    boolean ok = true;
    for (Document d : docs) {
      if (d.failed()) {
        errors.add(new InputError(new Source(ref.label(), Math.max(1, d.error().line()), ""), d.error().getMessage()));
        ok = false;
        continue;
      }
      if (d.isEmpty()) {
        continue;
      }
      if (out != null) {
        out.countDocument();
      }
      CNode root = converter.convert(d.root());
      if (!(root instanceof CMap map)) {
        errors.add(new InputError(root.loc().source(),
            "expected a Compose file (a mapping with services:), found " + root.describe()));
        ok = false;
        continue;
      }
      if (!converter.errors().isEmpty()) {
        continue;
      }
      // Tags stay until the file is merged over the layers before it: !reset works across files.
      CMap resolved = applyIncludes(applyExtends(map, ref), ref, chain);
      merged = merged == null ? resolved : Merge.files(merged, resolved);
    }
    errors.addAll(converter.errors());
    converter.unsetVariables().forEach(unsetVariables::putIfAbsent);
    if (!ok || !converter.errors().isEmpty()) {
      return null;
    }
    return merged != null ? merged : CMap.of(List.of(), new CNode.Loc(ref.label(), 1, "", ref.dir()));
  }

  private List<Document> parse(FileRef ref, String text) {
    boolean json = ref.label().toLowerCase(Locale.ROOT).endsWith(".json");
    List<Document> docs = json ? context.json().load(text) : context.yaml().load(text);
    if (docs.stream().allMatch(Document::isEmpty)) {
      errors.add(new InputError(new Source(ref.label(), 0, ""), "empty: no documents in this file"));
      return List.of();
    }
    return docs;
  }

  private String read(FileRef ref, Source from) {
    try {
      return context.readText(ref.path());
    } catch (NoSuchFileException e) {
      errors.add(new InputError(from != null ? from : new Source(ref.label(), 0, ""),
          from != null ? "cannot read " + ref.label() + ": no such file" : "no such file or directory"));
    } catch (IOException | IllegalArgumentException e) {
      errors.add(new InputError(from != null ? from : new Source(ref.label(), 0, ""),
          (from != null ? "cannot read " + ref.label() + ": " : "cannot read: ") + e.getMessage()));
    }
    return null;
  }

  private String readQuietly(Path path) {
    try {
      return context.readText(path);
    } catch (IOException | IllegalArgumentException e) {
      return null;
    }
  }

  // --- extends ---------------------------------------------------------------------------------

  /** The file with every service's extends resolved, within the file or from another one. */
  private CMap applyExtends(CMap root, FileRef ref) {
    CMap.Entry servicesEntry = root.entry("services");
    if (servicesEntry == null || !(servicesEntry.value() instanceof CMap services)) {
      return root;
    }
    boolean any = services.list().stream().anyMatch(e -> e.value() instanceof CMap m && m.present("extends") != null);
    if (!any) {
      return root;
    }
    List<CMap.Entry> resolved = new ArrayList<>();
    for (CMap.Entry e : services.list()) {
      if (e.value() instanceof CMap m && m.present("extends") != null) {
        CMap r = resolveService(e.key(), services, ref, new ArrayDeque<>());
        resolved.add(e.withValue(r != null ? r : m));
      } else {
        resolved.add(e);
      }
    }
    Map<String, CMap.Entry> rootEntries = new LinkedHashMap<>(root.entries());
    rootEntries.put("services", servicesEntry.withValue(CMap.of(resolved, services.loc())));
    return new CMap(rootEntries, root.loc());
  }

  /** A service with its extends resolved, or null (with an error, reported once) when it cannot be. */
  private CMap resolveService(String name, CMap services, FileRef ref, Deque<String> trail) {
    String key = ref.label() + "\u0000" + name;
    if (resolved.containsKey(key)) {
      return resolved.get(key); // null for one already reported
    }
    CMap result = resolveServiceOnce(name, services, ref, trail, key);
    resolved.put(key, result); // a service resolves the same from any caller
    return result;
  }

  private CMap resolveServiceOnce(String name, CMap services, FileRef ref, Deque<String> trail, String key) {
    if (!(services.get(name) instanceof CMap service)) {
      return null;
    }
    CMap.Entry ext = service.entry("extends");
    if (ext == null || CNode.isNull(ext.value())) {
      return service;
    }
    Source at = ext.keyLoc().source();
    String where = Problems.path(ext.keyLoc().pointer());
    if (trail.contains(key)) {
      errors.add(new InputError(at, where + ": extends cycle: " + String.join(" -> ",
          trail.stream().map(t -> t.substring(t.indexOf('\u0000') + 1)).toList()) + " -> " + name));
      return null;
    }
    if (trail.size() >= MAX_EXTENDS_DEPTH) {
      errors.add(new InputError(at, where + ": more than " + MAX_EXTENDS_DEPTH + " levels of extends"));
      return null;
    }
    trail.addLast(key);
    String baseName = null;
    String baseFile = null;
    if (ext.value() instanceof CScalar s) {
      baseName = s.text();
    } else if (ext.value() instanceof CMap m) {
      baseName = m.present("service") instanceof CScalar s ? s.text() : null;
      baseFile = m.present("file") instanceof CScalar f ? f.text() : null;
      if (m.present("file") != null && baseFile == null) {
        errors.add(new InputError(m.entry("file").keyLoc().source(), where + ".file: expected a file name, found "
            + m.get("file").describe()));
        return null;
      }
    }
    if (baseName == null || baseName.isEmpty()) {
      errors.add(new InputError(at, where + ": expected a service name or a mapping with service:, found "
          + ext.value().describe()));
      return null;
    }
    CMap baseServices = services;
    FileRef baseRef = ref;
    if (baseFile != null) {
      baseRef = relativeFile(ref, baseFile, at, where + ".file");
      if (baseRef == null) {
        return null;
      }
      CMap baseRoot = loadExtendsFile(baseRef, at);
      if (baseRoot == null) {
        return null;
      }
      if (!(baseRoot.get("services") instanceof CMap s)) {
        errors.add(new InputError(at, where + ": " + baseRef.label() + " has no services"));
        return null;
      }
      baseServices = s;
    }
    if (!(baseServices.get(baseName) instanceof CMap)) {
      errors.add(new InputError(at, where + ": service '" + baseName + "' not found"
          + (baseFile != null ? " in " + baseRef.label() : "")));
      return null;
    }
    CMap base = resolveService(baseName, baseServices, baseRef, trail);
    if (base == null) {
      return null;
    }
    List<CMap.Entry> own = new ArrayList<>();
    for (CMap.Entry e : service.list()) {
      if (!"extends".equals(e.key())) {
        own.add(e);
      }
    }
    CMap merged = Merge.service(base, CMap.of(own, service.loc()), name);
    return new CMap(merged.entries(), service.loc());
  }

  /** The file an extends or include names, when it is a local relative path of a file that has a path. */
  private FileRef relativeFile(FileRef from, String file, Source at, String where) {
    if (from.path() == null) {
      errors.add(new InputError(at, where + ": " + file + " cannot be found from standard input"));
      return null;
    }
    boolean absolute = file.startsWith("/") || file.startsWith("\\") || file.startsWith("~")
        || file.length() > 1 && file.charAt(1) == ':' || file.contains("://") || file.startsWith("git@");
    if (absolute) {
      errors.add(new InputError(at, where + ": " + file
          + " is not a local relative path; Moat reads only files beside the project"));
      return null;
    }
    Path parent = from.path().getParent();
    Path path = (parent == null ? Path.of(file) : parent.resolve(file)).normalize();
    String rel = file.replace('\\', '/');
    String fileDir = rel.contains("/") ? rel.substring(0, rel.lastIndexOf('/')) : "";
    String dir = fileDir.isEmpty() ? from.dir() : Paths.relative(from.dir(), fileDir, false);
    return new FileRef(Paths.clean(join(parentLabel(from.label()), rel)), path, dir);
  }

  private static Deque<String> chainOf(FileRef ref) {
    Deque<String> chain = new ArrayDeque<>();
    chain.add(ref.path() == null ? ref.label() : ref.path().toAbsolutePath().normalize().toString());
    return chain;
  }

  // --- include ---------------------------------------------------------------------------------

  /**
   * A file with its include: entries resolved: each included project (path: one file or a list
   * merged in order; project_directory: where its relative paths point, by default its own
   * directory) is loaded with its own extends and includes, and the including file is merged over
   * them. Included files are interpolated with this project's variables; their own env_file and
   * .env are not read.
   */
  private CMap applyIncludes(CMap root, FileRef ref, Deque<String> chain) {
    CMap.Entry include = root.entry("include");
    if (include == null || CNode.isNull(include.value())) {
      return root;
    }
    String where = Problems.path(include.keyLoc().pointer());
    if (!(include.value() instanceof CNode.CSeq seq)) {
      errors.add(new InputError(include.keyLoc().source(), where + ": expected a list of files, found "
          + include.value().describe()));
      return root;
    }
    CMap base = null;
    for (int i = 0; i < seq.items().size(); i++) {
      CNode item = seq.items().get(i);
      Source at = item.loc().source();
      String itemWhere = where + "[" + i + "]";
      List<String> paths = new ArrayList<>();
      String projectDirectory = null;
      if (item instanceof CScalar s && !s.isNull()) {
        paths.add(s.text());
      } else if (item instanceof CMap m) {
        CNode path = m.present("path");
        if (path instanceof CScalar s) {
          paths.add(s.text());
        } else if (path instanceof CNode.CSeq ps) {
          for (CNode p : ps.items()) {
            if (p instanceof CScalar s) {
              paths.add(s.text());
            }
          }
        }
        projectDirectory = m.present("project_directory") instanceof CScalar d ? d.text() : null;
      }
      if (paths.isEmpty()) {
        errors.add(new InputError(at, itemWhere + ": expected a file or a mapping with path:, found " + item.describe()));
        continue;
      }
      CMap model = null;
      for (String p : paths) {
        FileRef included = relativeFile(ref, p, at, itemWhere);
        if (included == null) {
          continue;
        }
        if (projectDirectory != null) {
          included = new FileRef(included.label(), included.path(), Paths.relative(ref.dir(), projectDirectory, false));
        }
        CMap loaded = loadIncludedFile(included, at, chain, itemWhere);
        if (loaded != null) {
          model = model == null ? loaded : Merge.files(model, loaded);
        }
      }
      if (model != null) {
        base = base == null ? model : Merge.files(base, model);
      }
    }
    List<CMap.Entry> rest = new ArrayList<>();
    for (CMap.Entry e : root.list()) {
      if (!"include".equals(e.key())) {
        rest.add(e);
      }
    }
    CMap own = CMap.of(rest, root.loc());
    return base == null ? own : new CMap(Merge.files(base, own).entries(), root.loc());
  }

  private CMap loadIncludedFile(FileRef ref, Source at, Deque<String> chain, String where) {
    String key = ref.path().toAbsolutePath().normalize().toString();
    if (chain.contains(key)) {
      errors.add(new InputError(at, where + ": include cycle: " + ref.label() + " includes itself"));
      return null;
    }
    if (++extraFiles > MAX_EXTRA_FILES) {
      errors.add(new InputError(at, "more than " + MAX_EXTRA_FILES + " files reached through extends and include"));
      return null;
    }
    String text = read(ref, at);
    if (text == null) {
      return null;
    }
    Deque<String> next = new ArrayDeque<>(chain);
    next.addLast(key);
    int before = errors.size();
    CMap loaded = convert(ref, parse(ref, text), text, null, next);
    return errors.size() > before ? null : loaded;
  }

  // --- extends files ---------------------------------------------------------------------------

  private CMap loadExtendsFile(FileRef ref, Source at) {
    String cacheKey = ref.path().toString();
    if (loaded.containsKey(cacheKey)) {
      return loaded.get(cacheKey);
    }
    if (++extraFiles > MAX_EXTRA_FILES) {
      errors.add(new InputError(at, "more than " + MAX_EXTRA_FILES + " files reached through extends and include"));
      return null;
    }
    String text = read(ref, at);
    if (text == null) {
      return null;
    }
    Converter converter = new Converter(ref.label(), ref.dir(), interpolator, text);
    CMap merged = null;
    for (Document d : parse(ref, text)) {
      if (d.failed()) {
        errors.add(new InputError(new Source(ref.label(), Math.max(1, d.error().line()), ""), d.error().getMessage()));
        return null;
      }
      if (!d.isEmpty()) {
        if (!(converter.convert(d.root()) instanceof CMap map)) {
          errors.add(new InputError(new Source(ref.label(), d.line(), ""), "expected a Compose file (a mapping)"));
          return null;
        }
        merged = merged == null ? (CMap) Merge.strip(map) : Merge.files(merged, map);
      }
    }
    converter.unsetVariables().forEach(unsetVariables::putIfAbsent);
    if (!converter.errors().isEmpty()) {
      errors.addAll(converter.errors());
      return null;
    }
    loaded.put(cacheKey, merged);
    return merged;
  }

  // --- names -----------------------------------------------------------------------------------

  private String overrideLabel(Path override) {
    Path main = input.path();
    Path mainParent = main == null ? null : main.getParent();
    Path overrideParent = override.getParent();
    boolean sameDir = main != null && (mainParent == null ? overrideParent == null : mainParent.equals(overrideParent));
    return sameDir ? join(parentLabel(input.label()), override.getFileName().toString()) : override.toString();
  }

  static String parentLabel(String label) {
    int slash = label.lastIndexOf('/');
    return slash < 0 ? "" : label.substring(0, slash);
  }

  static String join(String dir, String name) {
    return dir.isEmpty() ? name : dir + "/" + name;
  }
}
