package vn.motcua.dossier;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issues dossier codes: the receiving agency's identifier code (Decision 20/2020/QĐ-TTg, e.g. {@code 000.00.15.H12}),
 * the date as yymmdd and a four-digit running number per agency and day, e.g. {@code 000.00.15.H12-250307-0042}.
 *
 * <p>The running number is taken in a short transaction of its own, before the intake's, so that concurrent
 * intakes wait for each other only for one row update, not for a whole intake. A number taken by an intake that
 * later fails is not reused: codes must be unique, not gapless.
 */
@Service
class DossierCodes {

    private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("yyMMdd");

    private final DossierCounterMapper counters;
    private final TransactionTemplate ownTransaction;
    private final TransactionTemplate startOfDay;

    DossierCodes(DossierCounterMapper counters, PlatformTransactionManager transactions) {
        this.counters = counters;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.startOfDay = new TransactionTemplate(transactions);
        this.startOfDay.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * A code as a person typed it, read back: spaces anywhere dropped (a code copied from a printed receipt often
     * breaks at its dashes), letters upper case ({@code 000.00.15.h12-...} is {@code 000.00.15.H12-...}).
     */
    static String normalised(String typed) {
        return typed == null ? null : typed.replaceAll("(?U)\\s+", "").toUpperCase(Locale.ROOT);
    }

    String next(String agencyCode, LocalDate day) {
        Integer number = ownTransaction.execute(status -> take(agencyCode, day));
        if (number == null) {
            startTheDay(agencyCode, day);
            number = ownTransaction.execute(status -> take(agencyCode, day));
        }
        return "%s-%s-%04d".formatted(agencyCode, YYMMDD.format(day), number);
    }

    /** The next number, or {@code null} when the day's counter does not exist yet. */
    private Integer take(String agency, LocalDate day) {
        return counters.increment(agency, day) == 0 ? null : counters.current(agency, day);
    }

    /**
     * Creates the day's counter at zero, in a transaction of its own. Intakes racing to be the first of the day
     * all try; the losers' duplicate key ends their short transaction at once. (Inserting and then updating in one
     * transaction deadlocks on InnoDB: the losers hold shared locks on the duplicate key and then want exclusive
     * ones.)
     */
    private void startTheDay(String agency, LocalDate day) {
        try {
            startOfDay.executeWithoutResult(status -> counters.start(agency, day));
        } catch (DuplicateKeyException anotherIntakeStartedIt) {
            // The counter exists now, which is all we need.
        }
    }
}
