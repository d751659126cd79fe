package dev.moat.input.compose;

import dev.moat.input.compose.CNode.CMap;
import dev.moat.input.compose.CNode.CScalar;
import dev.moat.input.tree.Document;
import dev.moat.input.tree.Problems;
import dev.moat.model.InputError;
import dev.moat.model.Source;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Resolves the {@code extends} of a file's services, within the file or from another one
 * ({@code extends: file:}), the way docker compose does: the base service, itself resolved first,
 * is merged under the service. A cycle, more than {@link #MAX_EXTENDS_DEPTH} levels, or a base that
 * cannot be found is an error, reported once however many services reach it. Files named by
 * {@code file:} are read once each.
 */
final class ExtendsResolver {

  static final int MAX_EXTENDS_DEPTH = 16;

  private final ProjectFiles files;
  private final Interpolator interpolator;
  private final List<InputError> errors;
  private final Map<String, Source> unsetVariables;
  private final Map<String, CMap> loaded = new HashMap<>();
  /** Services whose extends are resolved (file label and name), null for those that failed. */
  private final Map<String, CMap> resolved = new HashMap<>();

  /** @param unsetVariables receives the variables a file named by extends uses without setting them */
  ExtendsResolver(ProjectFiles files, Interpolator interpolator, List<InputError> errors,
      Map<String, Source> unsetVariables) {
    this.files = files;
    this.interpolator = interpolator;
    this.errors = errors;
    this.unsetVariables = unsetVariables;
  }

  /** The file with every service's extends resolved, within the file or from another one. */
  CMap apply(CMap root, FileRef ref) {
    CMap.Entry servicesEntry = root.entry("services");
    if (servicesEntry == null || !(servicesEntry.value() instanceof CMap services)) {
      return root;
    }
    boolean any = services.list().stream().anyMatch(e -> e.value() instanceof CMap m && m.present("extends") != null);
    if (!any) {
      return root;
    }
    List<CMap.Entry> resolvedEntries = new ArrayList<>();
    for (CMap.Entry e : services.list()) {
      if (e.value() instanceof CMap m && m.present("extends") != null) {
        CMap r = resolveService(e.key(), services, ref, new ArrayDeque<>());
        resolvedEntries.add(e.withValue(r != null ? r : m));
      } else {
        resolvedEntries.add(e);
      }
    }
    Map<String, CMap.Entry> rootEntries = new LinkedHashMap<>(root.entries());
    rootEntries.put("services", servicesEntry.withValue(CMap.of(resolvedEntries, services.loc())));
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
      baseRef = files.relativeFile(ref, baseFile, at, where + ".file");
      if (baseRef == null) {
        return null;
      }
      CMap baseRoot = loadFile(baseRef, at);
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

  /**
   * A file named by extends: file:, its documents interpolated and merged, read once; null (with an
   * error) when it cannot be read.
   */
  private CMap loadFile(FileRef ref, Source at) {
    String cacheKey = ref.path().toString();
    if (loaded.containsKey(cacheKey)) {
      return loaded.get(cacheKey);
    }
    if (!files.withinLimit(at)) {
      return null;
    }
    String text = files.read(ref, at);
    if (text == null) {
      return null;
    }
    Converter converter = new Converter(ref.label(), ref.dir(), interpolator, text);
    CMap merged = null;
    for (Document d : files.parse(ref, text)) {
      if (d.failed()) {
        errors.add(d.inputError(ref.label()));
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
}
