package vn.motcua.administration;

/** {@code POST /api/admin/staff/{username}/password}: the new password, which its owner must change at sign-in. */
public record PasswordReset(String password) {}
