package dev.moat.input;

/**
 * Go's strconv.ParseBool, which the docker, podman and nerdctl CLIs and the Docker engine use for
 * boolean option values (--privileged=false, --mount readonly=0, security_opt
 * no-new-privileges:true). Readers of those values share it so they accept exactly what the
 * engines accept.
 */
public final class GoBool {

  private GoBool() {}

  /** 1 t T TRUE true True and 0 f F FALSE false False; null for anything else. */
  public static Boolean parse(String value) {
    return switch (value) {
      case "1", "t", "T", "TRUE", "true", "True" -> Boolean.TRUE;
      case "0", "f", "F", "FALSE", "false", "False" -> Boolean.FALSE;
      default -> null;
    };
  }
}
