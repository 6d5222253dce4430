package vn.motcua.security;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.common.InvalidFieldException;

/**
 * A member of staff changes his own password (docs/api.md, {@code POST /api/me/password}). Someone who must change
 * a password another person set ({@code staff.password_change_required}) can do nothing else until he has.
 */
@Service
public class PasswordChange {

    private final SignInMapper mapper;
    private final PasswordEncoder encoder;
    private final PasswordPolicy policy;
    private final SignInThrottle throttle;

    PasswordChange(SignInMapper mapper, PasswordEncoder encoder, PasswordPolicy policy, SignInThrottle throttle) {
        this.mapper = mapper;
        this.encoder = encoder;
        this.policy = policy;
        this.throttle = throttle;
    }

    /**
     * A wrong {@code current} counts as a failed sign-in of the account, and a locked account's {@code current} is
     * not checked: a session left open must not become a way to guess the password at leisure.
     *
     * @param client the address the request came from ({@link ClientAddress})
     * @throws InvalidFieldException on {@code current} when it is not his password or his sign-in is locked, on
     *     {@code next} when the new one breaks the {@link PasswordPolicy} or is the current one
     */
    @Transactional
    public void change(String username, String current, String next, String client) {
        try {
            throttle.check(username, client);
        } catch (SignInLockedException locked) {
            throw new InvalidFieldException(
                    "current",
                    "not checked: sign-in locked until " + locked.lockedUntil() + " after repeated failures");
        }
        String hash = mapper.passwordHash(username);
        if (hash == null || current == null || !encoder.matches(current, hash)) {
            throttle.failed(username, client);
            throw new InvalidFieldException("current", "is not your current password");
        }
        policy.check("next", username, next);
        if (next.equals(current)) {
            throw new InvalidFieldException("next", "must differ from the current password");
        }
        mapper.changePassword(username, encoder.encode(next));
    }

    /** Whether he must choose a new password before anything else. */
    @Transactional(readOnly = true)
    public boolean required(String username) {
        return Boolean.TRUE.equals(mapper.passwordChangeRequired(username));
    }
}
