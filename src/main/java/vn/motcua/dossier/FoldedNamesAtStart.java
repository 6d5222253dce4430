package vn.motcua.dossier;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.motcua.common.Folding;

/**
 * Folds the applicant's name of the dossiers written before V26 (which added {@code applicant_name_folded}), so that
 * the search finds them without diacritics too. At start, not in the migration: the folding is Java's (Unicode
 * decomposition), which SQL cannot repeat. By keyset, a batch per transaction, so that a large office is not one
 * long transaction; a row already folded (by an intake, or another node starting at the same time) is left alone.
 * After the first start there is nothing left to fold and it costs one indexed query.
 */
@Component
class FoldedNamesAtStart implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FoldedNamesAtStart.class);
    private static final int BATCH = 500;

    private final DossierMapper dossiers;
    private final TransactionTemplate inOneTransaction;

    FoldedNamesAtStart(DossierMapper dossiers, PlatformTransactionManager transactions) {
        this.dossiers = dossiers;
        this.inOneTransaction = new TransactionTemplate(transactions);
    }

    @Override
    public void run(ApplicationArguments args) {
        long after = 0;
        long folded = 0;
        while (true) {
            long from = after;
            List<DossierMapper.NameRow> rows = inOneTransaction.execute(status -> {
                List<DossierMapper.NameRow> batch = dossiers.unfoldedNames(from, BATCH);
                batch.forEach(row -> dossiers.foldName(row.id(), Folding.fold(row.fullName())));
                return batch;
            });
            if (rows == null || rows.isEmpty()) {
                break;
            }
            folded += rows.size();
            after = rows.get(rows.size() - 1).id();
        }
        if (folded > 0) {
            log.info("Applicant names folded for the search: {} dossiers", folded);
        }
    }
}
