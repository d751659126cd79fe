package dev.moat.model;

import java.util.Objects;

/**
 * Names the object a finding belongs to: a Kubernetes object, a Compose service or a container.
 * {@code namespace} is null when the input does not say (Moat never assumes "default").
 */
public record ObjectRef(String apiVersion, String kind, String name, String namespace) {

  public ObjectRef {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(name, "name");
  }

  /** "Deployment prod/web" or "Pod web" when no namespace is given. */
  public String display() {
    return namespace == null ? kind + " " + name : kind + " " + namespace + "/" + name;
  }
}
