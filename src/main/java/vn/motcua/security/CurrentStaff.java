package vn.motcua.security;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who is acting now. Engine delegates run in the request's thread, so they see the same person; the job
 * executor (timers) acts as {@value #SYSTEM}.
 */
public final class CurrentStaff {

    public static final String SYSTEM = "system";

    private CurrentStaff() {}

    public static Optional<Staff> get() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof Staff staff ? Optional.of(staff) : Optional.empty();
    }

    public static Staff require() {
        return get().orElseThrow(() -> new IllegalStateException("No member of staff is signed in"));
    }

    /** The name written on the timeline. */
    public static String actorName() {
        return get().map(Staff::username).orElse(SYSTEM);
    }
}
