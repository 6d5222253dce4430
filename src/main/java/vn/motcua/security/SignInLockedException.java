package vn.motcua.security;

import java.time.Instant;
import org.springframework.security.authentication.LockedException;

/**
 * A sign-in refused before its password was looked at: the account, or the client address it came from, failed too
 * often (docs/security.md, "Locks").
 */
public class SignInLockedException extends LockedException {

    /** Whether the account itself or the client address is locked. */
    public enum Scope {
        ACCOUNT,
        CLIENT
    }

    private final Scope scope;
    private final transient Instant lockedUntil;

    SignInLockedException(Scope scope, Instant lockedUntil) {
        super(
                scope == Scope.ACCOUNT
                        ? "The account is locked after too many failed sign-ins"
                        : "Too many failed sign-ins from this address");
        this.scope = scope;
        this.lockedUntil = lockedUntil;
    }

    public Scope scope() {
        return scope;
    }

    public Instant lockedUntil() {
        return lockedUntil;
    }
}
