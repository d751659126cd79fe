package dev.moat.model;

/**
 * Something a reader wants the user to know about an input it did read: a value it could not
 * resolve (a shell variable the script does not set) and so did not judge. Not an error: the scan
 * is complete as far as the input shows. Reports list notes with the notices.
 */
public record InputNote(Source source, String message) {}
