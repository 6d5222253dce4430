package vn.motcua.procedure;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.motcua.office.UnitKind;

/**
 * Every version of every procedure, read from the database into memory: a few hundred procedures with a handful of
 * versions each, read on every dossier view and step. A version never changes once written, so a version known by
 * its id is always right; which version is in force, and which procedures exist, is read again after a change
 * committed here and at least every {@link #FRESHNESS} for the changes another node made.
 */
@Component
class ProcedureStore {

    static final Duration FRESHNESS = Duration.ofSeconds(30);

    private final ProcedureMapper mapper;
    private final TransactionTemplate ownTransaction;
    private final ReentrantLock reading = new ReentrantLock();

    private volatile Snapshot snapshot;

    ProcedureStore(ProcedureMapper mapper, PlatformTransactionManager transactions) {
        this.mapper = mapper;
        // Read apart from the caller's transaction, whose session may batch (the rollup rebuild) and must not see
        // the catalog half-changed by itself.
        this.ownTransaction = new TransactionTemplate(transactions);
        ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        ownTransaction.setReadOnly(true);
    }

    /** Every procedure's versions, oldest first, by code. */
    record Snapshot(Map<String, List<Procedure>> byCode, Map<Long, Procedure> byId, Instant readAt) {}

    /**
     * The versions as last read, read again when older than {@link #FRESHNESS}; while another thread reads them
     * again, the last ones serve rather than wait (a caller holds a pooled connection while it waits).
     */
    Snapshot snapshot() {
        Snapshot current = snapshot;
        if (current != null && fresh(current)) {
            return current;
        }
        if (current != null && !reading.tryLock()) {
            return current;
        }
        if (current == null) {
            reading.lock();
        }
        try {
            current = snapshot;
            return current != null && fresh(current) ? current : read();
        } finally {
            reading.unlock();
        }
    }

    private static boolean fresh(Snapshot snapshot) {
        return !snapshot.readAt().plus(FRESHNESS).isBefore(Instant.now());
    }

    /** A version by its id, read again once if another node wrote it since the last read. */
    Procedure version(long id) {
        Procedure found = snapshot().byId().get(id);
        return found != null ? found : reload().byId().get(id);
    }

    /** The cache is read again after the current transaction commits; a rollback leaves it as it was. */
    void changed() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    snapshot = null;
                }
            });
        } else {
            snapshot = null;
        }
    }

    /** Reads every version again, now. */
    Snapshot reload() {
        reading.lock();
        try {
            return read();
        } finally {
            reading.unlock();
        }
    }

    private Snapshot read() {
        return TransactionSynchronizationManager.isActualTransactionActive()
                ? ownTransaction.execute(status -> load())
                : load();
    }

    private Snapshot load() {
        Map<Long, List<Procedure.Agency>> agencies = new HashMap<>();
        for (ProcedureMapper.AgencyRow row : mapper.versionAgencies()) {
            agencies.computeIfAbsent(row.versionId(), id -> new ArrayList<>())
                    .add(new Procedure.Agency(
                            row.unitKind() == null ? null : UnitKind.valueOf(row.unitKind()),
                            row.unitCode(),
                            row.departmentCode(),
                            row.shareDays(),
                            row.shareHours()));
        }
        Map<Long, List<String>> documents = mapper.versionDocuments().stream()
                .collect(Collectors.groupingBy(
                        ProcedureMapper.DocumentRow::versionId,
                        Collectors.mapping(ProcedureMapper.DocumentRow::name, Collectors.toList())));
        Map<String, List<Procedure>> byCode = new LinkedHashMap<>();
        Map<Long, Procedure> byId = new HashMap<>();
        for (ProcedureMapper.VersionRow row : mapper.versions()) {
            Procedure procedure = new Procedure(
                    row.procedureCode(),
                    row.name(),
                    row.field(),
                    row.level(),
                    row.processingDays(),
                    row.processingHours(),
                    row.sameDay(),
                    row.fee(),
                    row.processKey(),
                    row.legalBasis(),
                    List.copyOf(agencies.getOrDefault(row.id(), List.of())),
                    List.copyOf(documents.getOrDefault(row.id(), List.of())),
                    Arrays.stream(row.resolvedBy().split(","))
                            .map(String::strip)
                            .map(UnitKind::valueOf)
                            .toList(),
                    row.nationalCode(),
                    HandlingTemplate.valueOf(row.template()),
                    row.id(),
                    row.versionNo(),
                    row.effectiveFrom());
            byCode.computeIfAbsent(procedure.code(), code -> new ArrayList<>()).add(procedure);
            byId.put(procedure.versionId(), procedure);
        }
        byCode.replaceAll((code, versions) -> versions.stream()
                .sorted(Comparator.comparing(Procedure::effectiveFrom))
                .toList());
        Snapshot read = new Snapshot(Map.copyOf(byCode), Map.copyOf(byId), Instant.now());
        snapshot = read;
        return read;
    }

    ProcedureMapper mapper() {
        return mapper;
    }
}
