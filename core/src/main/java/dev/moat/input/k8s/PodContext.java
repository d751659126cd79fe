package dev.moat.input.k8s;

import dev.moat.model.PodDefaults;
import dev.moat.model.Resources;
import dev.moat.model.Volume;
import java.util.Map;

/**
 * What a container inherits from its pod: security defaults, volumes, annotations and the
 * pod-level resource limits (spec.resources).
 */
record PodContext(PodDefaults defaults, Map<String, Volume> volumes, ObjectMeta podMeta, Resources limits) {}
