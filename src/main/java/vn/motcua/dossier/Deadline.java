package vn.motcua.dossier;

import java.time.Instant;

/** The appointment for the result, and the moment an apology falls due if the dossier is still held. */
public record Deadline(Instant dueAt, Instant apologyAt) {}
