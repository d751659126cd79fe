package dev.moat.model;

/**
 * How a container's image is built, when the input says so (a Compose service's {@code build:}):
 * which Dockerfile builds it. A Dockerfile given with {@code --dockerfile} is joined into the
 * containers it builds by this path.
 *
 * @param dockerfile the Dockerfile's absolute, normalised path, or null when the input does not
 *     locate it (a remote build context, {@code dockerfile_inline}, a relative context read from
 *     standard input)
 * @param source where the build is written (the {@code build:} key)
 */
public record Build(String dockerfile, Source source) {}
