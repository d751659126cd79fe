package dev.moat.engine;

import dev.moat.input.InputFile;
import dev.moat.input.Inputs;
import dev.moat.input.ReadResult;
import dev.moat.input.ScanRequest;
import dev.moat.input.dockerfile.ImageUsers;
import dev.moat.model.Container;
import dev.moat.model.Dockerfile;
import dev.moat.model.InputError;
import dev.moat.model.Source;
import dev.moat.model.Workload;
import dev.moat.result.Finding;
import dev.moat.result.Notice;
import dev.moat.result.Report;
import dev.moat.result.ScanStats;
import dev.moat.result.Target;
import dev.moat.rule.ContainerRule;
import dev.moat.rule.DockerfileRule;
import dev.moat.rule.Rule;
import dev.moat.rule.RuleMeta;
import dev.moat.rule.Severity;
import dev.moat.rule.Violation;
import dev.moat.rule.WorkloadRule;
import dev.moat.standard.Standard;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Judges workloads: runs every selected rule on every workload and container, folds findings that
 * a more specific rule already reports at the same place, and applies inline suppressions.
 */
public final class Engine {

  private final RuleSet ruleSet;
  private final String toolVersion;

  public Engine(RuleSet ruleSet, String toolVersion) {
    this.ruleSet = ruleSet;
    this.toolVersion = toolVersion;
  }

  /**
   * Reads and judges the given paths. Each file is read and its workloads judged in the same
   * parallel task, so the model of one file is garbage as soon as it is judged: a scan of ten
   * thousand objects keeps only its findings, not ten thousand workloads.
   */
  public Report scan(Inputs inputs, ScanRequest request, InputStream stdin, Timings timings) {
    List<InputError> errors = new ArrayList<>();
    List<InputFile> files = inputs.discover(request, errors);
    ImageUsers images = inputs.imageUsers(request, files, stdin); // --dockerfile first: its USER joins the rest
    List<FileResult> parts = files.parallelStream().map(f -> {
      long start = System.nanoTime();
      ReadResult read = inputs.readOne(f, stdin, images);
      long parsed = System.nanoTime();
      List<Judged> judged = judgeAll(read, false);
      timings.addRead(parsed - start);
      timings.addJudge(System.nanoTime() - parsed);
      ReadResult withoutWorkloads = new ReadResult();
      withoutWorkloads.addCounts(read); // let the workloads go now; only their findings are kept
      return new FileResult(withoutWorkloads, judged);
    }).toList();
    ReadResult totals = new ReadResult();
    totals.addErrors(errors);
    List<Judged> judged = new ArrayList<>();
    for (FileResult part : parts) {
      totals.addCounts(part.read());
      judged.addAll(part.judged());
    }
    return report(totals, judged);
  }

  /** Judges workloads already read (all held in memory). */
  public Report run(ReadResult input) {
    // Workloads are judged independently, so they are judged in parallel; the report sorts
    // everything, so the result does not depend on which thread finished first.
    return report(input, judgeAll(input, true));
  }

  private List<Judged> judgeAll(ReadResult read, boolean parallel) {
    Standard standard = ruleSet.standard();
    List<Workload> inScope = read.workloads();
    if (standard != null) {
      // A standard judges only what it was written for: the Pod Security Standards judge pods, not
      // Compose services or Dockerfiles. What is out of its scope is counted, not judged.
      inScope = read.workloads().stream().filter(standard::appliesTo).toList();
      int outOfScope = read.workloads().size() - inScope.size() + read.dockerfiles().size();
      for (int i = 0; i < outOfScope; i++) {
        read.skip(outsideLabel(standard));
      }
    }
    List<Judged> out = new ArrayList<>(inScope.size() + read.dockerfiles().size());
    out.addAll((parallel ? inScope.parallelStream() : inScope.stream()).map(this::judgeWorkload).toList());
    if (standard == null) {
      for (Dockerfile d : read.dockerfiles()) {
        out.add(judgeDockerfile(d));
      }
    }
    return out;
  }

  /** What reading one file and judging its workloads produced; its workloads are not kept. */
  private record FileResult(ReadResult read, List<Judged> judged) {}

  private Report report(ReadResult input, List<Judged> judged) {
    List<Finding> findings = new ArrayList<>();
    List<Target> targets = new ArrayList<>(judged.size());
    List<Notice> notices = new ArrayList<>();
    input.notes().forEach(n -> notices.add(new Notice(n.source(), n.message())));
    int containers = 0;
    for (Judged j : judged) {
      findings.addAll(j.findings());
      targets.add(j.target());
      notices.addAll(j.notices());
      containers += j.target().containers().size();
    }
    ScanStats stats = new ScanStats(input.files(), input.documents(), judged.size(), containers,
        input.skippedKinds());
    Standard standard = ruleSet.standard();
    Integer outside = standard == null ? null : input.skippedKinds().get(outsideLabel(standard));
    if (outside != null) {
      notices.add(new Notice(Source.NONE, standard.id() + " judges Kubernetes pods and their templates only: "
          + outside + (outside == 1 ? " input was" : " inputs were") + " not judged (Compose services, run lines, "
          + "inspect output, OCI bundles, Dockerfiles); scan without --standard to judge them with Moat's rules"));
    }
    return new Report(toolVersion, ruleSet.standard() == null ? null : ruleSet.standard().id(), ruleSet.metas(),
        findings, targets, input.errors(), notices, stats);
  }

  private static String outsideLabel(Standard standard) {
    return "(outside " + standard.id() + ")";
  }

  /** What judging one workload produced. */
  private record Judged(List<Finding> findings, Target target, List<Notice> notices) {}

  private Judged judgeWorkload(Workload w) {
    List<Notice> notices = new ArrayList<>(0);
    List<Finding> own = Supersession.apply(judge(w), ruleSet);
    own = Suppressions.apply(w, own, ruleSet, notices);
    int suppressed = 0;
    for (Finding f : own) {
      if (f.suppressed()) {
        suppressed++;
      }
    }
    Target target = new Target(w.ref(), w.source(), w.containers().stream().map(Container::name).toList(),
        own.size() - suppressed, suppressed);
    return new Judged(own, target, notices);
  }

  private Judged judgeDockerfile(Dockerfile d) {
    List<Finding> findings = new ArrayList<>();
    for (Map.Entry<Rule, RuleMeta> e : ruleSet.rules().entrySet()) {
      if (e.getKey() instanceof DockerfileRule rule) {
        RuleMeta meta = e.getValue();
        for (Violation v : rule.check(d)) {
          Severity severity = v.severity() != null ? v.severity() : meta.severity();
          findings.add(new Finding(meta.id(), severity, meta.layer(), v.message(), v.source(), d.ref(), null,
              meta.control(), false, null));
        }
      }
    }
    return new Judged(findings, new Target(d.ref(), d.source(), List.of(), findings.size(), 0), List.of());
  }

  private List<Finding> judge(Workload w) {
    List<Finding> out = new ArrayList<>();
    for (Map.Entry<Rule, RuleMeta> e : ruleSet.rules().entrySet()) {
      Rule rule = e.getKey();
      RuleMeta meta = e.getValue();
      try {
        if (rule instanceof WorkloadRule wr) {
          for (Violation v : wr.check(w)) {
            out.add(finding(meta, v, w, null));
          }
        }
        if (rule instanceof ContainerRule cr) {
          for (Container c : w.containers()) {
            for (Violation v : cr.check(w, c)) {
              out.add(finding(meta, v, w, c.name()));
            }
          }
        }
      } catch (RuntimeException ex) {
        throw new IllegalStateException("rule " + meta.id() + " failed on " + w.ref().display() + " ("
            + w.source() + "): " + ex, ex);
      }
    }
    return out;
  }

  private static Finding finding(RuleMeta meta, Violation v, Workload w, String container) {
    Severity severity = v.severity() != null ? v.severity() : meta.severity();
    return new Finding(meta.id(), severity, meta.layer(), v.message(), v.source(), w.ref(), container,
        meta.control(), false, null);
  }
}
