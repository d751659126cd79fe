package dev.moat.model;

/**
 * SELinux options as requested. {@code disabled} is Docker's and Podman's {@code label=disable}:
 * the container runs unconfined ({@code spc_t}). Empty strings mean "not given".
 */
public record SeLinux(String user, String role, String type, String level, boolean disabled) {

  public SeLinux {
    user = user == null ? "" : user;
    role = role == null ? "" : role;
    type = type == null ? "" : type;
    level = level == null ? "" : level;
  }

  public static SeLinux disabledLabel() {
    return new SeLinux("", "", "", "", true);
  }
}
