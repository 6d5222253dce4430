package vn.motcua.privacy;

import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.motcua.audit.AdministrationLog;

/**
 * The retention rule of closed dossiers' personal data. Law 91/2025/QH15 keeps personal data only as long as its
 * purpose needs (Art. 3) and has it erased once the purpose is served or the storage time set by law has run out
 * (Art. 14). A closed dossier's purpose is served; what the archives must keep, and for how long, is the province's
 * decision, so the time is a setting ({@code motcua.privacy.retention}, five years after closing by default).
 * Erasing empties the applicant's columns and who took the result, and keeps every column the indicators count; the
 * timeline is append-only and carries no applicant data.
 */
@Service
public class PersonalDataRetention {

    private static final Logger log = LoggerFactory.getLogger(PersonalDataRetention.class);

    /** Dossiers erased in one transaction, so a large first run never holds its locks for long. */
    private static final int BATCH = 500;

    private static final int CODES_SHOWN = 100;

    private final PersonalDataMapper mapper;
    private final AdministrationLog administrationLog;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final Period retention;

    PersonalDataRetention(
            PersonalDataMapper mapper,
            AdministrationLog administrationLog,
            PlatformTransactionManager transactions,
            Clock clock,
            @Value("${motcua.privacy.retention:P5Y}") Period retention) {
        this.mapper = mapper;
        this.administrationLog = administrationLog;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
        this.retention = retention;
    }

    /** How long a closed dossier keeps its applicant's personal data. */
    public Period retention() {
        return retention;
    }

    /**
     * Erases (or, with {@code dryRun}, only lists) the personal data of the dossiers closed longer ago than the
     * retention. Each batch and its administration log entry ({@code PERSONAL_DATA_ERASED}) commit together.
     */
    public PurgeResult purge(boolean dryRun) {
        Instant now = clock.instant();
        Instant closedBefore = now.atZone(clock.getZone()).minus(retention).toInstant();
        List<String> shown = new ArrayList<>();
        int total = 0;
        long after = 0;
        while (true) {
            long from = after;
            List<PersonalDataMapper.Expired> batch = dryRun
                    ? mapper.expired(closedBefore, from, BATCH)
                    : transaction.execute(tx -> erase(closedBefore, from, now));
            if (batch == null || batch.isEmpty()) {
                break;
            }
            total += batch.size();
            batch.stream().limit(Math.max(0, CODES_SHOWN - shown.size())).forEach(e -> shown.add(e.code()));
            after = batch.get(batch.size() - 1).id();
        }
        return new PurgeResult(
                dryRun,
                retention.toString(),
                closedBefore.atZone(clock.getZone()).toOffsetDateTime(),
                total,
                List.copyOf(shown));
    }

    private List<PersonalDataMapper.Expired> erase(Instant closedBefore, long after, Instant now) {
        List<PersonalDataMapper.Expired> batch = mapper.expired(closedBefore, after, BATCH);
        if (batch.isEmpty()) {
            return batch;
        }
        mapper.erase(batch.get(0).id(), batch.get(batch.size() - 1).id(), closedBefore, now);
        Map<String, Object> what = new LinkedHashMap<>();
        what.put("retention", retention.toString());
        what.put("closedBefore", closedBefore.toString());
        what.put("dossiers", batch.size());
        what.put("codes", batch.stream().map(PersonalDataMapper.Expired::code).toList());
        administrationLog.record("PERSONAL_DATA_ERASED", "dossier", null, what);
        return batch;
    }

    /**
     * Every night (by default 02:30 office time; {@code motcua.privacy.purge-cron}, {@code "-"} turns it off). On
     * several nodes each runs it: a dossier already erased is not found again, so the second run finds nothing.
     */
    @Scheduled(cron = "${motcua.privacy.purge-cron:0 30 2 * * *}", zone = "${motcua.time-zone:Asia/Ho_Chi_Minh}")
    void nightly() {
        PurgeResult result = purge(false);
        if (result.dossiers() > 0) {
            log.info(
                    "Erased the personal data of {} dossiers closed before {}",
                    result.dossiers(),
                    result.closedBefore());
        }
    }
}
