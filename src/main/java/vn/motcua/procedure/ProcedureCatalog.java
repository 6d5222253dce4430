package vn.motcua.procedure;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import jakarta.annotation.PostConstruct;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.motcua.office.UnitKind;

/**
 * The procedure catalog, read from {@code config/procedures/*.yml} (one file a procedure, edited by the office's
 * administrator) and mirrored into {@code admin_procedure} so that reports can join it.
 */
@Service
public class ProcedureCatalog {

    private final ProcedureMapper mapper;
    private final String location;
    private volatile Map<String, Procedure> byCode = Map.of();

    ProcedureCatalog(ProcedureMapper mapper, @Value("${motcua.procedures.location}") String location) {
        this.mapper = mapper;
        this.location = location;
    }

    @PostConstruct
    void load() throws IOException {
        Map<String, Procedure> loaded = new LinkedHashMap<>();
        Resource[] files = new PathMatchingResourcePatternResolver().getResources(location);
        Arrays.sort(files, Comparator.comparing(Resource::getFilename));
        ObjectMapper yaml =
                new ObjectMapper(new YAMLFactory()).configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
        for (Resource file : files) {
            try (InputStream in = file.getInputStream()) {
                Procedure procedure =
                        validated(yaml.readValue(in, ProcedureFile.class).toProcedure(), file);
                if (loaded.putIfAbsent(procedure.code(), procedure) != null) {
                    throw new IllegalStateException(
                            "Procedure " + procedure.code() + " is defined twice (" + file + ")");
                }
            } catch (IOException e) {
                throw new IllegalStateException("Cannot read procedure file " + file + ": " + e.getMessage(), e);
            }
        }
        if (loaded.isEmpty()) {
            throw new IllegalStateException("No procedure found at " + location);
        }
        loaded.values().forEach(this::mirror);
        byCode = Map.copyOf(loaded);
    }

    public List<Procedure> all() {
        return byCode.values().stream()
                .sorted(Comparator.comparing(Procedure::code))
                .toList();
    }

    public Optional<Procedure> find(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(byCode.get(code));
    }

    public Procedure get(String code) {
        return find(code).orElseThrow(() -> new IllegalStateException("Unknown procedure " + code));
    }

    /**
     * Adds or replaces one procedure, as an import from the national catalog does (procedure.catalog): mirrored into
     * {@code admin_procedure} in the caller's transaction, and visible to lookups once that transaction commits, so a
     * failed import leaves the catalog as it was. The procedure files are not written: after a restart the catalog
     * holds what config/procedures holds (the database-backed catalog replaces this).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void register(Procedure procedure) {
        validated(procedure, null);
        mirror(procedure);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                synchronized (ProcedureCatalog.this) {
                    Map<String, Procedure> next = new LinkedHashMap<>(byCode);
                    next.put(procedure.code(), procedure);
                    byCode = Map.copyOf(next);
                }
            }
        });
    }

    private void mirror(Procedure procedure) {
        if (mapper.update(procedure) == 0) {
            mapper.insert(procedure);
        }
        mapper.deleteAgencies(procedure.code());
        mapper.deleteDocuments(procedure.code());
        for (int i = 0; i < procedure.agencies().size(); i++) {
            mapper.insertAgency(procedure.code(), i + 1, procedure.agencies().get(i));
        }
        for (int i = 0; i < procedure.documents().size(); i++) {
            mapper.insertDocument(procedure.code(), i + 1, procedure.documents().get(i));
        }
    }

    private static Procedure validated(Procedure p, Resource file) {
        int limits =
                (p.sameDay() ? 1 : 0) + (p.processingDays() != null ? 1 : 0) + (p.processingHours() != null ? 1 : 0);
        if (p.code() == null
                || p.name() == null
                || p.processKey() == null
                || limits != 1
                || p.agencies().isEmpty()) {
            throw new IllegalStateException("Procedure " + (file == null ? p.code() : "file " + file)
                    + " needs code, name, processKey, exactly one time limit and at least one agency");
        }
        return p;
    }

    /** The shape of a procedure file. */
    record ProcedureFile(
            String code,
            String name,
            String field,
            String level,
            TimeLimitFile timeLimit,
            BigDecimal fee,
            String processKey,
            String legalBasis,
            List<Procedure.Agency> agencies,
            List<String> documents,
            List<UnitKind> resolvedBy) {

        record TimeLimitFile(Integer workingDays, Integer workingHours, Boolean sameDay) {}

        Procedure toProcedure() {
            TimeLimitFile limit = timeLimit == null ? new TimeLimitFile(null, null, null) : timeLimit;
            return new Procedure(
                    code,
                    name,
                    field,
                    level,
                    limit.workingDays(),
                    limit.workingHours(),
                    Boolean.TRUE.equals(limit.sameDay()),
                    fee == null ? BigDecimal.ZERO : fee,
                    processKey,
                    legalBasis,
                    agencies == null ? List.of() : List.copyOf(agencies),
                    documents == null ? List.of() : List.copyOf(documents),
                    resolvedBy == null || resolvedBy.isEmpty()
                            ? Procedure.defaultResolvers(level)
                            : List.copyOf(resolvedBy));
        }
    }
}
