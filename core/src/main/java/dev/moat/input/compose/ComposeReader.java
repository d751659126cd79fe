package dev.moat.input.compose;

import dev.moat.input.InputFile;
import dev.moat.input.ReadContext;
import dev.moat.input.ReadResult;
import dev.moat.input.TreeFormatReader;
import dev.moat.input.compose.CNode.CMap;
import dev.moat.input.compose.CNode.CScalar;
import dev.moat.input.compose.ServiceReader.BoundVolume;
import dev.moat.input.compose.ServiceReader.Mode;
import dev.moat.input.compose.ServiceReader.Spec;
import dev.moat.input.compose.ServiceReader.VolumesFrom;
import dev.moat.input.tree.Document;
import dev.moat.input.tree.Problems;
import dev.moat.model.Container;
import dev.moat.model.ContainerKind;
import dev.moat.model.InputError;
import dev.moat.model.Mount;
import dev.moat.model.Namespaces;
import dev.moat.model.ObjectRef;
import dev.moat.model.Platform;
import dev.moat.model.PodDefaults;
import dev.moat.model.Setting;
import dev.moat.model.Source;
import dev.moat.model.Workload;
import dev.moat.model.WorkloadIsolation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads Docker Compose files (the compose specification; version 2.x and 3.x files too) into
 * workloads, one per service, with Docker's defaults. The files of a project (docker compose -f a
 * -f b, or compose.yaml with compose.override.yaml) are interpolated with the environment over the
 * .env file, have their {@code extends} resolved and are merged in order before any service is
 * read; see {@link Project}, {@link Merge} and {@link ServiceReader}.
 *
 * <p>docker compose refuses a project it cannot load (a syntax error, a missing required variable,
 * a broken extends), so such a project is reported and none of it judged. A field of the wrong type
 * is reported and read as absent, and the rest of its service is still judged, as the Kubernetes
 * reader does: one bad field must not hide a host mount written beside it.
 */
public final class ComposeReader implements TreeFormatReader {

  /** The kind of {@link ObjectRef} for a Compose service. */
  public static final String KIND = "service";

  @Override
  public void read(InputFile file, List<Document> documents, ReadContext context, ReadResult out) {
    Project project = new Project(file, context);
    CMap root = project.load(documents, out);
    if (root == null) {
      return;
    }
    Problems topLevel = new Problems();
    Fields fields = new Fields(topLevel);
    CMap.Entry servicesEntry = Fields.entry(root, "services");
    if (servicesEntry == null) {
      noServices(root, out);
      return;
    }
    if (!(servicesEntry.value() instanceof CMap services)) {
      fields.wrong(servicesEntry, "a mapping of service names to services");
      out.addErrors(topLevel.list());
      return;
    }
    Map<String, BoundVolume> bound = boundVolumes(root, fields);
    String projectName = projectName(root, project.interpolator().variables());
    out.addErrors(topLevel.list());

    Path projectDirectory = Project.projectDirectory(file);
    Map<String, Spec> specs = new LinkedHashMap<>();
    for (CMap.Entry e : services.list()) {
      Source source = Fields.at(e);
      if (!(e.value() instanceof CMap service)) {
        out.addError(new InputError(source, Problems.path(e.keyLoc().pointer())
            + ": expected a service (a mapping with image: or build:), found " + e.value().describe()));
        continue;
      }
      Problems problems = new Problems();
      Spec spec = new ServiceReader(new Fields(problems), bound, projectDirectory).read(e.key(), service, source);
      // A field of the wrong type is reported and read as absent; the rest of the service is judged.
      out.addErrors(problems.list());
      if (!spec.hasImageOrBuild()) {
        if (file.explicit()) {
          out.addError(new InputError(source, Problems.path(e.keyLoc().pointer())
              + ": has neither image nor build, so docker compose cannot run it; if this is an override file, "
              + "scan it with its base: --compose-file compose.yaml --compose-file " + lastName(file.label())));
        } else {
          out.skip("service without image or build (an override file read alone?)");
        }
      } else {
        specs.put(e.key(), spec);
      }
    }
    for (Spec spec : specs.values()) {
      out.addWorkload(workload(spec, specs, projectName));
    }
  }

  /** A file without services: Compose v1 (services at the top) is refused, anything else skipped. */
  private static void noServices(CMap root, ReadResult out) {
    boolean v1 = !root.has("version") && root.list().stream()
        .anyMatch(e -> e.value() instanceof CMap m && (m.has("image") || m.has("build")));
    if (v1) {
      out.addError(new InputError(root.loc().source(), "Compose file format v1 (services at the top level) is not "
          + "supported by docker compose v2: move the services under services:"));
    } else {
      out.skip("Compose file without services");
    }
  }

  private static String lastName(String label) {
    int slash = label.lastIndexOf('/');
    return slash < 0 ? label : label.substring(slash + 1);
  }

  /**
   * Top-level volumes that the local driver binds from a host path (driver_opts type: none, o: bind,
   * device: /path): a service mounting one mounts that host path.
   */
  private static Map<String, BoundVolume> boundVolumes(CMap root, Fields fields) {
    Map<String, BoundVolume> out = new LinkedHashMap<>();
    CMap volumes = fields.map(root, "volumes");
    if (volumes == null) {
      return out;
    }
    for (CMap.Entry e : volumes.list()) {
      if (!(e.value() instanceof CMap v)) {
        continue; // "name:" with no value is a plain named volume
      }
      CMap opts = fields.map(v, "driver_opts");
      if (opts == null) {
        continue;
      }
      CMap.Entry o = fields.scalar(opts, "o", "a string");
      CMap.Entry device = fields.scalar(opts, "device", "a path");
      if (o == null || device == null) {
        continue;
      }
      boolean bind = false;
      for (String option : Fields.text(o).split(",")) {
        bind |= "bind".equals(option.trim()) || "rbind".equals(option.trim());
      }
      if (bind) {
        out.put(e.key(), new BoundVolume(Paths.hostPath(Fields.text(device), device.keyLoc().dir()), Fields.at(device)));
      }
    }
    return out;
  }

  /** COMPOSE_PROJECT_NAME (environment or .env), else the top-level name:, normalised as Compose does. */
  private static String projectName(CMap root, Map<String, String> variables) {
    String name = variables.get("COMPOSE_PROJECT_NAME");
    if (name == null || name.isBlank()) {
      name = root.present("name") instanceof CScalar s ? s.text() : null;
    }
    if (name == null) {
      return null;
    }
    StringBuilder sb = new StringBuilder();
    for (char c : name.toLowerCase(Locale.ROOT).toCharArray()) {
      if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_' || c == '-') {
        sb.append(c);
      }
    }
    String normalized = sb.toString().replaceFirst("^[_-]+", "");
    return normalized.isEmpty() ? null : normalized;
  }

  private static Workload workload(Spec spec, Map<String, Spec> all, String projectName) {
    Source source = spec.source();
    Namespaces namespaces = new Namespaces(
        shared(spec, all, Spec::pid, false),
        shared(spec, all, Spec::network, true),
        shared(spec, all, Spec::ipc, false),
        spec.hostUts(),
        spec.hostCgroup(),
        spec.hostUser());
    Container container = new Container(spec.name(), ContainerKind.REGULAR, source, spec.image(), spec.isolation(),
        spec.resources(), mounts(spec, all), spec.devices(), spec.ports(), List.of(), spec.build());
    WorkloadIsolation isolation = new WorkloadIsolation(namespaces, spec.sysctls(), spec.runtime(), Setting.unset(source),
        spec.os(), PodDefaults.none(source));
    return new Workload(new ObjectRef(null, KIND, spec.name(), projectName), Platform.DOCKER, source, isolation,
        List.of(container), List.of(), Map.of(), spec.suppressions());
  }

  /**
   * Whether a pid/ipc/network mode shares the host's namespace: "host" does; "service:NAME" joins
   * that service's namespace, so it shares the host's when that service does; anything else
   * (private, shareable, none, bridge, a network, container:NAME) does not.
   */
  private static Setting<Boolean> shared(Spec spec, Map<String, Spec> all, Function<Spec, Mode> which,
      boolean network) {
    Mode mode = which.apply(spec);
    if (!mode.isSet()) {
      return Setting.defaulted(false, spec.source());
    }
    Set<String> seen = new HashSet<>();
    Mode m = mode;
    Spec current = spec;
    while (m.isSet() && m.service() != null && seen.add(current.name())) {
      Spec target = all.get(m.service());
      if (target == null) {
        break;
      }
      current = target;
      m = which.apply(target);
    }
    return Setting.explicit("host".equals(m.value()), mode.source());
  }

  /**
   * The service's own mounts, then those of the services named in volumes_from (not tmpfs). A
   * copied mount points at the volumes_from entry that brings it, with a pointer of its own (the
   * entry's pointer and the mount's index among those the entry copies): findings about several
   * copied mounts stay apart, and a socket finding for one does not supersede the others.
   */
  private static List<Mount> mounts(Spec spec, Map<String, Spec> all) {
    List<Mount> out = new ArrayList<>(spec.mounts());
    Set<String> seen = new HashSet<>();
    seen.add(spec.name());
    for (VolumesFrom vf : spec.volumesFrom()) {
      List<Mount> copied = new ArrayList<>();
      copyVolumesFrom(vf, all, seen, copied, vf.readOnly());
      for (int k = 0; k < copied.size(); k++) {
        Mount m = copied.get(k);
        Source at = vf.source().child(Integer.toString(k));
        out.add(new Mount(m.kind(), m.hostPath(), m.containerPath(), withSource(m.readOnly(), at), m.volumeName(),
            at, m.isHostPath() ? at : null));
      }
    }
    return out;
  }

  /**
   * The mounts one volumes_from entry copies: the named service's own (not tmpfs), then those it
   * copies in turn, each service once.
   *
   * @param readOnly the first entry's :ro or :rw, which applies to everything it copies; null to keep
   *     each mount's own mode until an entry further down sets one
   */
  private static void copyVolumesFrom(VolumesFrom vf, Map<String, Spec> all, Set<String> seen, List<Mount> out,
      Boolean readOnly) {
    Spec from = vf.service() == null ? null : all.get(vf.service());
    if (from == null || !seen.add(from.name())) {
      return;
    }
    for (Mount m : from.mounts()) {
      if (m.kind() != dev.moat.model.MountKind.TMPFS) {
        out.add(readOnly == null ? m : new Mount(m.kind(), m.hostPath(), m.containerPath(),
            Setting.explicit(readOnly, m.source()), m.volumeName(), m.source(), m.hostPathSource()));
      }
    }
    for (VolumesFrom next : from.volumesFrom()) {
      copyVolumesFrom(next, all, seen, out, readOnly != null ? readOnly : next.readOnly());
    }
  }

  /** The same setting at another place: a copied mount's mode points where the mount is copied. */
  private static Setting<Boolean> withSource(Setting<Boolean> s, Source at) {
    return new Setting<>(s.value(), s.origin(), at);
  }
}
