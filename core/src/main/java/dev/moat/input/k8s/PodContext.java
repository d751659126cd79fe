package dev.moat.input.k8s;

import dev.moat.model.PodDefaults;
import dev.moat.model.Source;
import dev.moat.model.Volume;
import java.util.Map;

/** What a container inherits from its pod: security defaults, volumes and annotations. */
record PodContext(PodDefaults defaults, Map<String, Volume> volumes, ObjectMeta podMeta, Source specSource) {}
