package vn.motcua.indicator;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** The columns of one dossier that decide which rollup counters a timeline step moves, and on which date. */
record RollupSource(
        long id,
        String unitCode,
        String procedureCode,
        String channel,
        String paymentMethod,
        BigDecimal fee,
        LocalDate receivedOn,
        Instant dueAt,
        Instant resultReadyAt,
        Instant closedAt,
        Instant returnedAt,
        String timeliness,
        Integer satisfaction,
        long documents,
        long undigitized,
        Instant apologyIssuedAt,
        long handlingSupplements,
        boolean electronicResult,
        boolean digitizedResult,
        boolean reusedComponent) {}
