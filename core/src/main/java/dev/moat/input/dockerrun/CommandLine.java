package dev.moat.input.dockerrun;

import java.util.List;

/**
 * A docker/podman/nerdctl run or create command found in the input, expanded into arguments.
 *
 * @param start the command word (docker, /usr/bin/podman): where the command is written
 * @param args the arguments after "run" / "create"
 * @param runtime podman's global --runtime, which picks the OCI runtime, or null
 * @param unit true when a systemd unit's Exec line holds the command (its variables come from
 *     Environment= lines, not from a script)
 */
record CommandLine(Engine engine, boolean create, Arg start, List<Arg> args, Use runtime, boolean unit) {

  CommandLine {
    args = List.copyOf(args);
  }

  /** A global option's value with the argument that holds it. */
  record Use(String value, Arg at) {}

  CommandLine inUnit() {
    return new CommandLine(engine, create, start, args, runtime, true);
  }

  String name() {
    return engine.command() + (create ? " create" : " run");
  }
}
