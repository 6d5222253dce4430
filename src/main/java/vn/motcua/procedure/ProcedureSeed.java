package vn.motcua.procedure;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import jakarta.annotation.PostConstruct;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * Seeds the catalog from {@code config/procedures/*.yml} at start: a file whose code the database has no version of
 * is saved as the procedure's first version (effective from its {@code effectiveFrom}, or since ever); a code the
 * database knows is left alone, so what an administrator changed stays changed. The database is the catalog's source
 * of truth; the files are the starting set of a new office. A file whose agencies name a unit or department the
 * office does not have yet (a new office starts with its root unit alone) is left for a later start, with a warning.
 */
@Component("procedureSeed")
class ProcedureSeed {

    private static final Logger log = LoggerFactory.getLogger(ProcedureSeed.class);

    /** A seeded procedure without an effective date has been in force since before any dossier the office holds. */
    static final LocalDate SINCE_EVER = LocalDate.of(2000, 1, 1);

    private final ProcedureAdministration administration;
    private final ProcedureStore store;
    private final String location;

    ProcedureSeed(
            ProcedureAdministration administration,
            ProcedureStore store,
            @Value("${motcua.procedures.location}") String location) {
        this.administration = administration;
        this.store = store;
        this.location = location;
    }

    @PostConstruct
    void seed() throws IOException {
        Resource[] files = new PathMatchingResourcePatternResolver().getResources(location);
        Arrays.sort(files, Comparator.comparing(Resource::getFilename));
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
                .findAndRegisterModules()
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
        int seeded = 0;
        int skipped = 0;
        for (Resource file : files) {
            ProcedureDraft draft;
            try (InputStream in = file.getInputStream()) {
                draft = yaml.readValue(in, SeedFile.class).toDraft();
            } catch (IOException e) {
                throw new IllegalStateException("Cannot read procedure file " + file + ": " + e.getMessage(), e);
            }
            if (draft.code() == null || store.snapshot().byCode().containsKey(draft.code())) {
                if (draft.code() == null) {
                    throw new IllegalStateException("Procedure file " + file + " names no code");
                }
                continue;
            }
            List<String> missing = administration.missingAgencies(draft);
            if (!missing.isEmpty()) {
                // A new office has its root unit alone: the file waits for a start after the units it names exist.
                log.warn(
                        "Procedure file {} not seeded: the office has no {} yet",
                        file.getFilename(),
                        String.join(", ", missing));
                skipped++;
                continue;
            }
            try {
                administration.save(draft);
                seeded++;
            } catch (DataIntegrityViolationException | ConcurrencyFailureException e) {
                // Another node seeding the same database at the same moment wrote it first (or won the lock).
                log.info("Procedure {} was seeded by another node: {}", draft.code(), e.getMessage());
            } catch (RuntimeException e) {
                throw new IllegalStateException("Procedure file " + file + ": " + e.getMessage(), e);
            }
        }
        if (store.reload().byCode().isEmpty()) {
            if (skipped == 0) {
                throw new IllegalStateException("No procedure in the database, and none found at " + location);
            }
            log.warn("The procedure catalog is empty until the administrator imports or creates procedures");
        }
        administration.mirrorVersionsInForce();
        if (seeded > 0) {
            log.info("Procedure catalog: {} procedure(s) seeded from {}", seeded, location);
        }
    }

    /** The shape of a seed file: a {@link ProcedureDraft}, agencies naming a fixed unit by {@code unit}. */
    record SeedFile(
            String code,
            String nationalCode,
            String name,
            String field,
            String level,
            ProcedureDraft.TimeLimitDraft timeLimit,
            BigDecimal fee,
            String template,
            String processKey,
            String legalBasis,
            List<SeedAgency> agencies,
            List<String> documents,
            LocalDate effectiveFrom) {

        record SeedAgency(String unitKind, String unit, String department, Integer shareDays, Integer shareHours) {}

        ProcedureDraft toDraft() {
            return new ProcedureDraft(
                    code,
                    nationalCode,
                    name,
                    field,
                    level,
                    timeLimit,
                    fee == null ? BigDecimal.ZERO : fee,
                    documents,
                    agencies == null
                            ? null
                            : agencies.stream()
                                    .map(a -> new ProcedureDraft.AgencyDraft(
                                            a.unitKind(), a.unit(), a.department(), a.shareDays(), a.shareHours()))
                                    .toList(),
                    template,
                    processKey,
                    effectiveFrom == null ? SINCE_EVER : effectiveFrom,
                    legalBasis);
        }
    }
}
