package vn.motcua.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.audit.AdministrationLog;
import vn.motcua.common.NotFoundException;

/**
 * Locks an account, or a client address, that failed to sign in too often (docs/security.md, "Locks"): by default 10
 * failures of one account within 15 minutes lock it for 15 minutes. Failures and locks are rows in the database, so
 * every node of a cluster sees them; time is the application's clock.
 */
@Service
public class SignInThrottle {

    private static final Logger log = LoggerFactory.getLogger("motcua.security");
    private static final int MAX_SUBJECT = 64;

    static final String ACCOUNT = "ACCOUNT";
    static final String CLIENT = "CLIENT";

    private final SignInMapper mapper;
    private final StaffMapper staff;
    private final AdministrationLog administrationLog;
    private final Clock clock;
    private final int accountMaxFailures;
    private final int clientMaxFailures;
    private final Duration window;
    private final Duration lockTime;

    SignInThrottle(
            SignInMapper mapper,
            StaffMapper staff,
            AdministrationLog administrationLog,
            Clock clock,
            @Value("${motcua.sign-in.max-failures:10}") int accountMaxFailures,
            @Value("${motcua.sign-in.client-max-failures:30}") int clientMaxFailures,
            @Value("${motcua.sign-in.window:PT15M}") Duration window,
            @Value("${motcua.sign-in.lock-time:PT15M}") Duration lockTime) {
        this.mapper = mapper;
        this.staff = staff;
        this.administrationLog = administrationLog;
        this.clock = clock;
        this.accountMaxFailures = accountMaxFailures;
        this.clientMaxFailures = clientMaxFailures;
        this.window = window;
        this.lockTime = lockTime;
    }

    /** @throws SignInLockedException when the account or the client is locked now; the longer lock is named */
    @Transactional(readOnly = true)
    public void check(String username, String client) {
        List<SignInMapper.Lock> locks = mapper.locksHolding(subject(username), subject(client), clock.instant());
        locks.stream().max(Comparator.comparing(SignInMapper.Lock::lockedUntil)).ifPresent(lock -> {
            throw new SignInLockedException(
                    ACCOUNT.equals(lock.kind())
                            ? SignInLockedException.Scope.ACCOUNT
                            : SignInLockedException.Scope.CLIENT,
                    lock.lockedUntil());
        });
    }

    /**
     * Counts one failed sign-in and locks the account or the client address that reached its limit. A successful
     * sign-in does not wipe the count: an attacker who also holds one good account could otherwise reset it. In a
     * transaction of its own, so that the refusal of the caller's step does not take the count back with it.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void failed(String username, String client) {
        Instant now = clock.instant();
        String account = subject(username);
        String address = subject(client);
        mapper.forgetFailuresBefore(now.minus(window));
        mapper.insertFailure(account, address, now);
        if (mapper.failuresOfAccount(account, since(ACCOUNT, account, now)) >= accountMaxFailures) {
            lock(ACCOUNT, account, now.plus(lockTime));
        }
        if (mapper.failuresOfClient(address, since(CLIENT, address, now)) >= clientMaxFailures) {
            lock(CLIENT, address, now.plus(lockTime));
        }
    }

    /**
     * {@code POST /api/admin/staff/{username}/unlock}: lifts the account's lock, and the failures counted so far no
     * longer count. Written to the administration log as {@code STAFF_UNLOCKED}.
     */
    @Transactional
    public void unlock(String username) {
        StaffMapper.StaffRow target = staff.find(username);
        if (target == null) {
            throw new NotFoundException("No member of staff '" + username + "'");
        }
        // Should /api/admin/staff/** open to unit administrators, each unlocks only his own unit's staff.
        CurrentStaff.get()
                .filter(caller ->
                        caller.hasRole(Role.UNIT_ADMIN) && !caller.unitCode().equals(target.unitCode()))
                .ifPresent(caller -> {
                    throw new AccessDeniedException("A unit administrator unlocks the staff of his own unit only");
                });
        Instant now = clock.instant();
        Instant until = mapper.lockedUntil(ACCOUNT, username);
        if (until == null) {
            mapper.insertLock(ACCOUNT, username, now);
        } else {
            mapper.updateLock(ACCOUNT, username, now);
        }
        Instant before = until != null && until.isAfter(now) ? until : null;
        administrationLog.record(
                "STAFF_UNLOCKED",
                username,
                Map.of("lockedUntil", before == null ? "" : before.toString()),
                Map.of("lockedUntil", ""));
        log.info("Sign-in lock of '{}' lifted", username);
    }

    private Instant since(String kind, String subject, Instant now) {
        Instant windowStart = now.minus(window);
        Instant lastLock = mapper.lockedUntil(kind, subject);
        // Failures before an earlier lock ended (or was lifted) were paid for by that lock.
        return lastLock != null && lastLock.isAfter(windowStart) ? lastLock : windowStart;
    }

    private void lock(String kind, String subject, Instant until) {
        if (mapper.updateLock(kind, subject, until) == 0) {
            try {
                mapper.insertLock(kind, subject, until);
            } catch (DuplicateKeyException racedByAnotherNode) {
                mapper.updateLock(kind, subject, until);
            }
        }
        log.warn("Sign-in locked for {} '{}' until {}", kind.toLowerCase(), subject, until);
    }

    /** What a client typed is stored cut to the column; the same cut is applied to every look-up. */
    private static String subject(String value) {
        String s = value == null ? "" : value;
        return s.length() > MAX_SUBJECT ? s.substring(0, MAX_SUBJECT) : s;
    }
}
