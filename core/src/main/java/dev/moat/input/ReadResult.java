package dev.moat.input;

import dev.moat.model.Dockerfile;
import dev.moat.model.InputError;
import dev.moat.model.InputNote;
import dev.moat.model.Workload;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What reading some input produced: the workloads and Dockerfiles to judge, the errors met on the
 * way, and the objects that were skipped because they hold no containers (counted by kind, never
 * flagged).
 */
public final class ReadResult {

  private final List<Workload> workloads = new ArrayList<>();
  private final List<Dockerfile> dockerfiles = new ArrayList<>();
  private final List<InputError> errors = new ArrayList<>();
  private final List<InputNote> notes = new ArrayList<>();
  private final Map<String, Integer> skippedKinds = new TreeMap<>();
  private int files;
  private int documents;

  public void addWorkload(Workload w) {
    workloads.add(w);
  }

  public void addDockerfile(Dockerfile d) {
    dockerfiles.add(d);
  }

  public void addError(InputError e) {
    errors.add(e);
  }

  public void addErrors(List<InputError> es) {
    errors.addAll(es);
  }

  /** Something worth knowing about an input that was read, such as a value that is not known. */
  public void addNote(InputNote n) {
    notes.add(n);
  }

  public void skip(String kind) {
    skippedKinds.merge(kind, 1, Integer::sum);
  }

  public void countFile() {
    files++;
  }

  public void countDocument() {
    documents++;
  }

  /** Adds everything of another result but its workloads: errors, skipped objects and counts. */
  public void addCounts(ReadResult other) {
    errors.addAll(other.errors);
    notes.addAll(other.notes);
    other.skippedKinds.forEach((k, v) -> skippedKinds.merge(k, v, Integer::sum));
    files += other.files;
    documents += other.documents;
  }

  public void addAll(ReadResult other) {
    workloads.addAll(other.workloads);
    dockerfiles.addAll(other.dockerfiles);
    errors.addAll(other.errors);
    notes.addAll(other.notes);
    other.skippedKinds.forEach((k, v) -> skippedKinds.merge(k, v, Integer::sum));
    files += other.files;
    documents += other.documents;
  }

  public List<Workload> workloads() {
    return workloads;
  }

  public List<Dockerfile> dockerfiles() {
    return dockerfiles;
  }

  /** Replaces the workloads, e.g. after joining the image's USER into them. */
  public void replaceWorkloads(List<Workload> replaced) {
    workloads.clear();
    workloads.addAll(replaced);
  }

  public List<InputError> errors() {
    return errors;
  }

  public List<InputNote> notes() {
    return notes;
  }

  public Map<String, Integer> skippedKinds() {
    return skippedKinds;
  }

  public int files() {
    return files;
  }

  public int documents() {
    return documents;
  }
}
