package dev.moat.rule;

/**
 * The three layers of container isolation, plus what lies outside one container. Every rule and
 * every finding names the layer that would close the gap.
 */
public enum Layer {
  /** Namespaces and cgroups: host PID/network/IPC/UTS sharing, host mounts, limits. */
  SEGMENTATION("Segmentation", "namespaces and cgroups"),
  /** Seccomp, AppArmor/SELinux, capabilities, no-new-privileges, read-only root filesystem. */
  FILTERING("Policy and filtering", "seccomp, AppArmor/SELinux, capabilities, no-new-privileges"),
  /** User namespaces, rootless engines, non-root UIDs, sandboxed runtimes. */
  PRIVILEGE("Privilege reduction", "user namespaces, rootless engines, non-root users, sandboxes"),
  /** The host: kernel, engines, sockets, LSMs. */
  HOST("Host", "kernel, engines, sockets and LSMs of the host"),
  /** Where the image and its contents come from. */
  SUPPLY_CHAIN("Supply chain", "images, tags, digests and credentials");

  private final String title;
  private final String scope;

  Layer(String title, String scope) {
    this.title = title;
    this.scope = scope;
  }

  public String title() {
    return title;
  }

  public String scope() {
    return scope;
  }
}
