package dev.moat.input;

import java.util.List;

/**
 * Everything the user asked to read.
 *
 * @param paths files and directories (walked recursively), "-" for standard input
 * @param composeFiles Compose files merged in order into one project (--compose-file, like
 *     docker compose -f a.yml -f b.yml)
 * @param runCommands docker/podman run or create command lines given with --run
 * @param dockerfiles Dockerfiles whose final USER applies to the workloads scanned with them
 * @param format the format to read every path as (--input-format), or null to detect
 */
public record ScanRequest(
    List<String> paths, List<String> composeFiles, List<String> runCommands, List<String> dockerfiles,
    InputFormat format) {

  public ScanRequest {
    paths = List.copyOf(paths);
    composeFiles = List.copyOf(composeFiles);
    runCommands = List.copyOf(runCommands);
    dockerfiles = List.copyOf(dockerfiles);
  }

  public static ScanRequest of(List<String> paths) {
    return new ScanRequest(paths, List.of(), List.of(), List.of(), null);
  }

  public boolean isEmpty() {
    return paths.isEmpty() && composeFiles.isEmpty() && runCommands.isEmpty() && dockerfiles.isEmpty();
  }
}
