package dev.moat.input.dockerfile;

import dev.moat.input.InputFile;
import dev.moat.input.ReadResult;
import dev.moat.input.UserSpec;
import dev.moat.model.Build;
import dev.moat.model.Container;
import dev.moat.model.Dockerfile;
import dev.moat.model.Identity;
import dev.moat.model.Origin;
import dev.moat.model.Setting;
import dev.moat.model.Source;
import dev.moat.model.Workload;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The image USER of the Dockerfiles given with {@code --dockerfile}, joined into the containers
 * scanned in the same run that set no user of their own (no runAsUser and no user name), so that
 * runs-as-root judges the user the container will really have. A joined user has
 * {@link Origin#IMAGE} and points at the Dockerfile's USER line.
 *
 * <p>Which Dockerfile is whose image:
 *
 * <ul>
 *   <li>A Dockerfile's names are the part of its file name besides "Dockerfile"/"Containerfile"
 *       ({@code Dockerfile.api}, {@code api.Dockerfile} → api) and its directory's name
 *       ({@code services/api/Dockerfile} → api). A container's names are its own name and its
 *       image's repository name ({@code registry.example.com/shop/api:1.4} → api); a workload's
 *       name counts for all of its containers. Names compare ignoring case.
 *   <li>A container that says how its image is built (a Compose service's {@code build:}, see
 *       {@link Container#build()}) takes the Dockerfile at the path its build context and
 *       {@code dockerfile:} name, and no other: {@code build: ./web} never takes
 *       {@code api/Dockerfile}. When no --dockerfile is at that path, or the build names no local
 *       file (a Git context, {@code dockerfile_inline}), the user stays unknown. The rules below
 *       are for the other containers.
 *   <li>One {@code --dockerfile}: it is the image of every other container without a user, in
 *       every workload of the run, with two exceptions that keep other images' containers out: in
 *       a file where some container is built (Compose {@code build:}) or has no known image, the
 *       containers with an image do not take it (the project's postgres:16 keeps its own USER);
 *       and in a workload where some container matches the Dockerfile by its own name or image,
 *       only the matching containers take it (a pod's sidecars keep theirs).
 *   <li>Several: a container takes the one Dockerfile that matches it, by its own names first, then
 *       by its workload's name. When none or several match, Moat does not guess: the user stays
 *       unknown and runs-as-root says the image decides.
 * </ul>
 *
 * A Dockerfile whose USER is unknown (none, or a build argument without a default) joins nothing,
 * but still counts when matching, so its containers never take another Dockerfile's USER.
 */
public final class ImageUsers {

  public static final ImageUsers NONE = new ImageUsers(Map.of(), List.of());

  private static final Pattern PREFIXED = Pattern.compile("(?:dockerfile|containerfile)\\.(.+)");
  private static final Pattern SUFFIXED = Pattern.compile("(.+)\\.(?:dockerfile|containerfile)");

  private final Map<InputFile, ReadResult> read;
  private final List<Candidate> candidates;

  private ImageUsers(Map<InputFile, ReadResult> read, List<Candidate> candidates) {
    this.read = read;
    this.candidates = candidates;
  }

  /** @param path the Dockerfile's absolute, normalised path, or null for standard input */
  private record Candidate(Dockerfile dockerfile, Set<String> names, String path) {}

  /** @param read each --dockerfile input and what reading it produced, in the order given */
  public static ImageUsers of(Map<InputFile, ReadResult> read) {
    List<Candidate> candidates = new ArrayList<>();
    for (ReadResult r : read.values()) {
      for (Dockerfile d : r.dockerfiles()) {
        candidates.add(new Candidate(d, namesOf(d.source().file()), pathOf(d.source().file())));
      }
    }
    return new ImageUsers(new LinkedHashMap<>(read), List.copyOf(candidates));
  }

  /** What reading this input already produced, when it is one of the --dockerfile inputs; else null. */
  public ReadResult resultOf(InputFile file) {
    return read.get(file);
  }

  /** Joins the image USER into every workload of {@code result}. */
  public void joinInto(ReadResult result) {
    if (candidates.isEmpty() || result.workloads().isEmpty()) {
      return;
    }
    boolean someBuilt = result.workloads().stream().flatMap(w -> w.containers().stream())
        .anyMatch(c -> !c.image().isKnown() || c.build() != null);
    List<Workload> joined = new ArrayList<>(result.workloads().size());
    for (Workload w : result.workloads()) {
      joined.add(join(w, someBuilt));
    }
    result.replaceWorkloads(joined);
  }

  /**
   * The workload with the image USER joined into its containers that set no user.
   *
   * @param someBuilt true when some container read from the same file has no image because it is
   *     built from a Dockerfile (Compose build:): a single Dockerfile then goes only to those
   */
  private Workload join(Workload w, boolean someBuilt) {
    boolean changed = false;
    List<Container> out = new ArrayList<>(w.containers().size());
    for (Container c : w.containers()) {
      Candidate d = c.build() != null ? builtFrom(c.build())
          : someBuilt && candidates.size() == 1 && c.image().isKnown() ? null
          : imageOf(w, c);
      Identity id = c.isolation().identity();
      if (d != null && setsNoUser(id) && d.dockerfile().user().isKnown()) {
        out.add(c.withIdentity(withImageUser(id, d.dockerfile().user())));
        changed = true;
      } else {
        out.add(c);
      }
    }
    return changed ? w.withContainers(out) : w;
  }

  /** The Dockerfile at the path the build names; null when none is, or the build names no file. */
  private Candidate builtFrom(Build build) {
    if (build.dockerfile() == null) {
      return null;
    }
    return candidates.stream().filter(d -> build.dockerfile().equals(d.path())).findFirst().orElse(null);
  }

  private Candidate imageOf(Workload w, Container c) {
    if (candidates.size() == 1) {
      Candidate only = candidates.get(0);
      boolean someContainerMatches = w.containers().stream().anyMatch(x -> matchesContainer(only, x));
      return !someContainerMatches || matchesContainer(only, c) ? only : null;
    }
    List<Candidate> own = candidates.stream().filter(d -> matchesContainer(d, c)).toList();
    if (!own.isEmpty()) {
      return own.size() == 1 ? own.get(0) : null;
    }
    String workload = w.ref().name().toLowerCase(Locale.ROOT);
    List<Candidate> byWorkload = candidates.stream().filter(d -> d.names().contains(workload)).toList();
    return byWorkload.size() == 1 ? byWorkload.get(0) : null;
  }

  private static boolean matchesContainer(Candidate d, Container c) {
    if (d.names().contains(c.name().toLowerCase(Locale.ROOT))) {
      return true;
    }
    String repo = c.image().isKnown() ? repositoryName(c.image().value()) : null;
    return repo != null && d.names().contains(repo);
  }

  private static boolean setsNoUser(Identity id) {
    return !id.runAsUser().isKnown() && !id.userName().isKnown();
  }

  /**
   * The identity a container has when the image's USER decides: "1000", "root" or an empty USER
   * give the UID, a name gives the user name (only the image's /etc/passwd knows its UID), a numeric or root group
   * gives the GID unless the container sets one. The source of each is the USER line.
   */
  public static Identity withImageUser(Identity id, Setting<String> imageUser) {
    UserSpec spec = UserSpec.parse(imageUser.value().strip());
    Source at = imageUser.source();
    String name = spec.user();
    String group = spec.group();
    Setting<Long> uid = id.runAsUser();
    Setting<String> userName = id.userName();
    // An empty USER (a build argument left empty) leaves the image without a user: root.
    Long numeric = name.isEmpty() ? Long.valueOf(0) : UserSpec.numericId(name);
    if (numeric != null) {
      uid = Setting.of(numeric, Origin.IMAGE, at);
    } else {
      userName = Setting.of(name, Origin.IMAGE, at);
    }
    Setting<Long> gid = id.runAsGroup();
    Long numericGroup = group == null ? null : UserSpec.numericId(group);
    if (numericGroup != null && !gid.isKnown()) {
      gid = Setting.of(numericGroup, Origin.IMAGE, at);
    }
    return new Identity(uid, gid, id.runAsNonRoot(), userName);
  }

  /** api for Dockerfile.api, api.Dockerfile and api/Dockerfile (lower case). */
  static Set<String> namesOf(String file) {
    Set<String> names = new LinkedHashSet<>();
    Path p;
    try {
      p = Path.of(file);
    } catch (InvalidPathException e) {
      return names;
    }
    if (p.getFileName() != null) {
      String fn = p.getFileName().toString().toLowerCase(Locale.ROOT);
      Matcher m = PREFIXED.matcher(fn);
      if (m.matches()) {
        names.add(m.group(1));
      }
      m = SUFFIXED.matcher(fn);
      if (m.matches()) {
        names.add(m.group(1));
      }
    }
    Path dir = p.toAbsolutePath().normalize().getParent();
    if (dir != null && dir.getFileName() != null) {
      names.add(dir.getFileName().toString().toLowerCase(Locale.ROOT));
    }
    return names;
  }

  /** The absolute, normalised path of a Dockerfile named as given; null for standard input. */
  private static String pathOf(String file) {
    if (file.equals(InputFile.STDIN)) {
      return null;
    }
    try {
      return Path.of(file).toAbsolutePath().normalize().toString();
    } catch (InvalidPathException e) {
      return null;
    }
  }

  /** registry.example.com:5000/shop/api:1.4@sha256:... → api. */
  static String repositoryName(String image) {
    String rest = image.strip();
    int at = rest.indexOf('@');
    if (at >= 0) {
      rest = rest.substring(0, at);
    }
    int slash = rest.lastIndexOf('/');
    int colon = rest.lastIndexOf(':');
    if (colon > slash) {
      rest = rest.substring(0, colon);
    }
    String last = rest.substring(slash + 1).toLowerCase(Locale.ROOT);
    return last.isEmpty() ? null : last;
  }
}
