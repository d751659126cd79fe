package dev.moat.model;

/** Which list a container came from; init and ephemeral containers are audited like any other. */
public enum ContainerKind {
  INIT("initContainers"),
  REGULAR("containers"),
  EPHEMERAL("ephemeralContainers");

  private final String field;

  ContainerKind(String field) {
    this.field = field;
  }

  /** The Kubernetes field that holds containers of this kind. */
  public String field() {
    return field;
  }
}
