package vn.motcua.security;

import java.util.Locale;
import org.springframework.stereotype.Component;
import vn.motcua.common.InvalidFieldException;

/** docs/api.md, "Staff": a password has at least 10 characters and is not the user name. */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 10;

    /** @throws InvalidFieldException naming {@code field} when the password breaks the policy */
    public void check(String field, String username, String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw new InvalidFieldException(field, "must have at least " + MIN_LENGTH + " characters");
        }
        if (username != null && password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            throw new InvalidFieldException(field, "must not contain the user name");
        }
    }
}
