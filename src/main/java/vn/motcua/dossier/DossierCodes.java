package vn.motcua.dossier;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
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

    DossierCodes(DossierCounterMapper counters, PlatformTransactionManager transactions) {
        this.counters = counters;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    String next(String agencyCode, LocalDate day) {
        int number = ownTransaction.execute(status -> take(agencyCode, day));
        return "%s-%s-%04d".formatted(agencyCode, YYMMDD.format(day), number);
    }

    private int take(String agency, LocalDate day) {
        if (counters.increment(agency, day) == 0) {
            try {
                counters.start(agency, day);
                return 1;
            } catch (DuplicateKeyException firstOfTheDayRace) {
                // Another intake started the day's counter between our update and insert: count on from it.
                counters.increment(agency, day);
            }
        }
        return counters.current(agency, day);
    }
}
