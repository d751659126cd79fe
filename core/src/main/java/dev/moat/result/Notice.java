package dev.moat.result;

import dev.moat.model.Source;

/** Something the user should know that is neither a finding nor an error: an unused suppression. */
public record Notice(Source source, String message) {}
