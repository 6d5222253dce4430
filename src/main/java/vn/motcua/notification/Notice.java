package vn.motcua.notification;

/** A message to the applicant, in Vietnamese; {@code email} and {@code phone} are where it may go. */
public record Notice(String dossierCode, String email, String phone, String subject, String body) {}
