package dev.moat.cli;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

/** One run of the command line, captured. */
record CliRun(int exit, String out, String err) {

  static CliRun of(String... args) {
    return withStdin("", args);
  }

  static CliRun withStdin(String stdin, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    InputStream in = new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8));
    int code = Cli.run(new PrintWriter(out), new PrintWriter(err), in, args);
    return new CliRun(code, out.toString(), err.toString());
  }
}
