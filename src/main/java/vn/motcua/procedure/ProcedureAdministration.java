package vn.motcua.procedure;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.RepositoryService;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.audit.AdministrationLog;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.common.ConflictException;
import vn.motcua.common.InvalidFieldException;
import vn.motcua.common.NotFoundException;
import vn.motcua.office.OfficeDirectory;
import vn.motcua.office.UnitKind;

/**
 * Changes to the procedure catalog: a new procedure, or a new version of one from its effective date. A version once
 * written never changes: the dossiers registered under it keep its time limit, fee, checklist and agencies. Every
 * change is written to the {@link AdministrationLog} in its own transaction ({@code PROCEDURE_CREATED},
 * {@code PROCEDURE_VERSION_CREATED}, the versions before and after).
 *
 * <p>The catalog import calls {@link #save} for each procedure it reads (created, changed or unchanged) and
 * {@link #preview} for a dry run that writes nothing; both check the draft as the API does and throw
 * {@link InvalidFieldException} naming every wrong field ({@link InvalidFieldException#fields()}).
 */
@Service
public class ProcedureAdministration {

    public static final String PROCEDURE_CREATED = "PROCEDURE_CREATED";
    public static final String PROCEDURE_VERSION_CREATED = "PROCEDURE_VERSION_CREATED";
    /** The process every dossier runs, which calls the handling process: never a procedure's own model. */
    static final String DOSSIER_PROCESS = "Dossier";

    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9._-]{0,31}");
    private static final Pattern NATIONAL_CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    private static final Pattern LINE = Pattern.compile("[\\P{Cntrl}]*");
    private static final BigDecimal MAX_FEE = new BigDecimal("999999999999999");
    /** The longest legal time limit the office knows is a few months; a year of working days is far beyond it. */
    static final int MAX_WORKING_DAYS = 365;

    static final int MAX_WORKING_HOURS = 2000;

    private final ProcedureStore store;
    private final WorkingCalendar calendar;
    private final OfficeDirectory office;
    private final RepositoryService repository;
    private final AdministrationLog log;
    private final Clock clock;

    ProcedureAdministration(
            ProcedureStore store,
            WorkingCalendar calendar,
            OfficeDirectory office,
            RepositoryService repository,
            AdministrationLog log,
            Clock clock) {
        this.store = store;
        this.calendar = calendar;
        this.office = office;
        this.repository = repository;
        this.log = log;
        this.clock = clock;
    }

    /** A new procedure, version 1 from the draft's effective date; a known code is a conflict (409). */
    @Transactional
    public ProcedureChange create(ProcedureDraft draft) {
        Procedure procedure = checked(draft);
        if (store.mapper().lock(procedure.code()) != null) {
            throw new ConflictException("Procedure " + procedure.code() + " exists; PUT a new version of it");
        }
        return write(null, procedure);
    }

    /**
     * A new version of a known procedure from the draft's effective date, which must come after its latest
     * version's; a draft that says what the latest version says writes nothing ({@code UNCHANGED}). An unknown code
     * is 404; a draft naming another code than the path's is 400.
     */
    @Transactional
    public ProcedureChange change(String code, ProcedureDraft draft) {
        if (store.mapper().lock(code) == null) {
            throw new NotFoundException("Unknown procedure " + code);
        }
        if (draft != null && draft.code() != null && !draft.code().equals(code)) {
            throw new InvalidFieldException("code", "must be " + code + ", the procedure changed");
        }
        ProcedureDraft withCode = draft == null ? null : withCode(draft, code);
        return save(withCode);
    }

    /**
     * Saves a procedure as the catalog import reads it: a new procedure ({@code CREATED}), a new version of a known one
     * from the draft's effective date ({@code CHANGED}), or nothing when the draft says what its latest version says
     * ({@code UNCHANGED}). Throws {@link InvalidFieldException} naming every wrong field, {@code effectiveFrom} too
     * when a changed procedure's is not after its latest version's.
     */
    @Transactional
    public ProcedureChange save(ProcedureDraft draft) {
        Procedure procedure = checked(draft);
        store.mapper().lock(procedure.code());
        ProcedureChange planned = plan(procedure, latest(store.reload(), procedure.code()));
        if (planned.outcome() == ProcedureChange.Outcome.UNCHANGED) {
            return planned;
        }
        return write(planned.before(), procedure);
    }

    /** What {@link #save} would do with the draft, checked the same way; writes nothing. */
    @Transactional(readOnly = true)
    public ProcedureChange preview(ProcedureDraft draft) {
        Procedure procedure = checked(draft);
        return plan(procedure, latest(store.snapshot(), procedure.code()));
    }

    /** What {@link #save} would refuse in this draft, field by field; empty when it would take it. */
    public Map<String, String> problems(ProcedureDraft draft) {
        try {
            checked(draft);
            return Map.of();
        } catch (InvalidProcedureException e) {
            return e.fields();
        }
    }

    /**
     * The units and kinds of department a draft's agencies name that the office does not have (yet): a new office
     * starts with its root unit alone, and sets up the rest through the administration pages.
     */
    List<String> missingAgencies(ProcedureDraft draft) {
        List<String> missing = new ArrayList<>();
        if (draft.agencies() == null) {
            return missing;
        }
        for (ProcedureDraft.AgencyDraft agency : draft.agencies()) {
            if (agency == null) {
                continue;
            }
            String unitCode = blankToNull(agency.unitCode());
            String department = blankToNull(agency.department());
            if (unitCode != null && office.findUnit(unitCode).isEmpty()) {
                missing.add("unit " + unitCode);
            } else if (department != null
                    && (unitCode != null
                            ? office.department(unitCode, department).isEmpty()
                            : office.departments().stream()
                                    .noneMatch(d -> d.kind().equals(department)))) {
                missing.add("department " + department + (unitCode == null ? "" : " of " + unitCode));
            }
        }
        return missing;
    }

    private static Procedure latest(ProcedureStore.Snapshot snapshot, String code) {
        List<Procedure> versions = snapshot.byCode().getOrDefault(code, List.of());
        return versions.isEmpty() ? null : versions.get(versions.size() - 1);
    }

    private static ProcedureChange plan(Procedure procedure, Procedure latest) {
        if (latest == null) {
            return new ProcedureChange(ProcedureChange.Outcome.CREATED, null, numbered(procedure, 1));
        }
        if (sameContent(latest, procedure)) {
            return new ProcedureChange(ProcedureChange.Outcome.UNCHANGED, latest, latest);
        }
        if (!procedure.effectiveFrom().isAfter(latest.effectiveFrom())) {
            throw new InvalidFieldException(
                    "effectiveFrom",
                    "must come after " + latest.effectiveFrom() + ", when version " + latest.versionNo() + " of "
                            + latest.code() + " takes effect");
        }
        return new ProcedureChange(
                ProcedureChange.Outcome.CHANGED, latest, numbered(procedure, latest.versionNo() + 1));
    }

    private ProcedureChange write(Procedure before, Procedure draft) {
        Procedure numbered = numbered(draft, before == null ? 1 : before.versionNo() + 1);
        ProcedureMapper mapper = store.mapper();
        ProcedureMapper.NewVersion row = new ProcedureMapper.NewVersion();
        row.procedure = numbered;
        row.createdAt = clock.instant();
        row.createdBy = actor();
        if (before == null && mapper.update(numbered) == 0) {
            // The procedure's row, which dossiers and reports join, is made with its first version.
            mapper.insert(numbered);
        }
        mapper.insertVersion(row);
        for (int i = 0; i < numbered.agencies().size(); i++) {
            mapper.insertVersionAgency(row.id, i + 1, numbered.agencies().get(i));
        }
        for (int i = 0; i < numbered.documents().size(); i++) {
            mapper.insertVersionDocument(row.id, i + 1, numbered.documents().get(i));
        }
        Procedure after = withId(numbered, row.id);
        mirror(after);
        log.record(before == null ? PROCEDURE_CREATED : PROCEDURE_VERSION_CREATED, after.code(), before, after);
        store.changed();
        return new ProcedureChange(
                before == null ? ProcedureChange.Outcome.CREATED : ProcedureChange.Outcome.CHANGED, before, after);
    }

    /** At start: the mirror shows each procedure's version in force today (one may have taken effect since). */
    @Transactional
    public void mirrorVersionsInForce() {
        LocalDate today = today();
        store.reload().byCode().values().stream()
                .map(versions -> ProcedureCatalog.inForce(versions, today))
                .filter(Objects::nonNull)
                .forEach(this::mirror);
    }

    /**
     * {@code admin_procedure}, {@code procedure_agency} and {@code procedure_document} show the version in force
     * today, for the reports that join them; a version still to come leaves them as they are.
     */
    private void mirror(Procedure written) {
        if (written.effectiveFrom().isAfter(today())) {
            return;
        }
        ProcedureMapper mapper = store.mapper();
        mapper.update(written);
        mapper.deleteAgencies(written.code());
        mapper.deleteDocuments(written.code());
        for (int i = 0; i < written.agencies().size(); i++) {
            mapper.insertAgency(written.code(), i + 1, written.agencies().get(i));
        }
        for (int i = 0; i < written.documents().size(); i++) {
            mapper.insertDocument(written.code(), i + 1, written.documents().get(i));
        }
    }

    /** Two versions say the same when all but their number, id and effective date are equal. */
    static boolean sameContent(Procedure a, Procedure b) {
        return withId(numbered(a, 0), null).equals(withId(numbered(withEffectiveFrom(b, a.effectiveFrom()), 0), null));
    }

    /**
     * The draft checked field by field, as a version not yet numbered. Every wrong field is named at once (400), so
     * that an administrator, or an import's report, sees all that is to be fixed.
     */
    Procedure checked(ProcedureDraft draft) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (draft == null) {
            throw new InvalidFieldException("body", "is required");
        }
        String code = draft.code() == null ? null : draft.code().strip();
        if (code == null || code.isEmpty()) {
            errors.put("code", "is required");
        } else if (!CODE.matcher(code).matches()) {
            errors.put("code", "must be 1 to 32 capital letters, digits, '.', '-' or '_'");
        }
        String nationalCode = blankToNull(draft.nationalCode());
        if (nationalCode != null && !NATIONAL_CODE.matcher(nationalCode).matches()) {
            errors.put("nationalCode", "must be up to 64 letters, digits, '.', '-' or '_'");
        }
        String name = line(errors, "name", draft.name(), 500, true);
        String field = line(errors, "field", draft.field(), 255, true);
        String legalBasis = line(errors, "legalBasis", draft.legalBasis(), 1000, false);
        String level = draft.level() == null ? null : draft.level().strip();
        if (level == null || !(level.equals("TINH") || level.equals("XA"))) {
            errors.put("level", "must be TINH or XA");
        }
        ProcedureDraft.TimeLimitDraft limit = draft.timeLimit();
        Integer days = limit == null ? null : limit.workingDays();
        Integer hours = limit == null ? null : limit.workingHours();
        boolean sameDay = limit != null && Boolean.TRUE.equals(limit.sameDay());
        int limits = (sameDay ? 1 : 0) + (days != null ? 1 : 0) + (hours != null ? 1 : 0);
        if (limits != 1) {
            errors.put("timeLimit", "must give exactly one of workingDays, workingHours or sameDay: true");
        } else if (days != null && (days < 1 || days > MAX_WORKING_DAYS)) {
            errors.put("timeLimit.workingDays", "must be from 1 to " + MAX_WORKING_DAYS);
        } else if (hours != null && (hours < 1 || hours > MAX_WORKING_HOURS)) {
            errors.put("timeLimit.workingHours", "must be from 1 to " + MAX_WORKING_HOURS);
        }
        BigDecimal fee = draft.fee();
        if (fee == null) {
            errors.put("fee", "is required (0 for none)");
        } else if (fee.signum() < 0
                || fee.compareTo(MAX_FEE) > 0
                || fee.stripTrailingZeros().scale() > 0) {
            errors.put("fee", "must be a whole number of đồng from 0 to " + MAX_FEE.toPlainString());
        }
        List<String> documents = documents(errors, draft.documents());
        List<Procedure.Agency> agencies = agencies(errors, draft.agencies(), days);
        HandlingTemplate template = null;
        try {
            template = draft.template() == null
                    ? null
                    : HandlingTemplate.valueOf(draft.template().strip());
        } catch (IllegalArgumentException e) {
            // named below
        }
        String processKey = blankToNull(draft.processKey());
        if (template == null) {
            errors.put("template", "must be ONE_DEPARTMENT, AGENCY_CHAIN, AT_DESK or CUSTOM");
        } else if (template == HandlingTemplate.CUSTOM) {
            if (processKey == null) {
                errors.put("processKey", "is required for a CUSTOM template: the key of a model in processes/");
            } else if (DOSSIER_PROCESS.equals(processKey) || !deployed(processKey)) {
                errors.put("processKey", "names no handling model deployed from processes/: " + processKey);
            }
        } else {
            if (processKey != null && !processKey.equals(template.processKey())) {
                errors.put(
                        "processKey", "is for a CUSTOM template only; " + template + " runs " + template.processKey());
            }
            processKey = template.processKey();
            checkTemplate(errors, template, agencies, sameDay);
        }
        if (draft.effectiveFrom() == null) {
            errors.put("effectiveFrom", "is required (yyyy-MM-dd)");
        }
        if (!errors.isEmpty()) {
            throw new InvalidProcedureException(errors);
        }
        List<UnitKind> resolvedBy = resolvedBy(agencies, level);
        return new Procedure(
                code,
                name,
                field,
                level,
                days,
                hours,
                sameDay,
                fee.setScale(0),
                processKey,
                legalBasis,
                agencies,
                documents,
                resolvedBy,
                nationalCode,
                template,
                null,
                0,
                draft.effectiveFrom());
    }

    private static void checkTemplate(
            Map<String, String> errors, HandlingTemplate template, List<Procedure.Agency> agencies, boolean sameDay) {
        if (agencies.isEmpty()) {
            return;
        }
        switch (template) {
            case ONE_DEPARTMENT, AT_DESK -> {
                if (agencies.size() != 1) {
                    errors.putIfAbsent("agencies", template + " takes exactly one agency");
                }
            }
            case AGENCY_CHAIN -> {
                if (agencies.size() < 2) {
                    errors.putIfAbsent("agencies", "AGENCY_CHAIN takes two agencies or more, in order");
                }
            }
            default -> {}
        }
        if (template == HandlingTemplate.AT_DESK && !sameDay) {
            errors.putIfAbsent("timeLimit", "AT_DESK is for a procedure resolved the same day (sameDay: true)");
        }
    }

    private List<String> documents(Map<String, String> errors, List<String> documents) {
        if (documents == null || documents.isEmpty()) {
            errors.put("documents", "must list at least one document");
            return List.of();
        }
        List<String> checked = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (int i = 0; i < documents.size(); i++) {
            String name = line(errors, "documents[" + i + "]", documents.get(i), 500, true);
            if (name != null && !seen.add(name)) {
                errors.put("documents[" + i + "]", "is listed twice");
            }
            checked.add(name);
        }
        return List.copyOf(checked.stream().filter(n -> n != null).toList());
    }

    private List<Procedure.Agency> agencies(
            Map<String, String> errors, List<ProcedureDraft.AgencyDraft> agencies, Integer workingDays) {
        if (agencies == null || agencies.isEmpty()) {
            errors.put("agencies", "must name at least one agency");
            return List.of();
        }
        List<Procedure.Agency> checked = new ArrayList<>();
        int shares = 0;
        for (int i = 0; i < agencies.size(); i++) {
            String at = "agencies[" + i + "]";
            ProcedureDraft.AgencyDraft agency = agencies.get(i);
            if (agency == null) {
                errors.put(at, "is empty");
                continue;
            }
            String department = blankToNull(agency.department());
            String unitCode = blankToNull(agency.unitCode());
            String kindText = blankToNull(agency.unitKind());
            UnitKind kind = null;
            if (kindText != null) {
                try {
                    kind = UnitKind.valueOf(kindText);
                } catch (IllegalArgumentException e) {
                    errors.put(at + ".unitKind", "must be PROVINCE or COMMUNE");
                }
                if (kind == UnitKind.SERVICE_CENTER || kind == UnitKind.BRANCH) {
                    errors.put(at + ".unitKind", "must be PROVINCE or COMMUNE: a desk resolves no procedure");
                }
            }
            if (unitCode != null && kindText != null) {
                errors.put(at + ".unitCode", "give unitCode or unitKind, not both");
            } else if (unitCode != null && office.findUnit(unitCode).isEmpty()) {
                errors.put(at + ".unitCode", "unknown unit " + unitCode);
            }
            if (department == null) {
                errors.put(at + ".department", "is required: the kind of department that works it, e.g. TC-KH");
            } else if (unitCode != null && office.findUnit(unitCode).isPresent()) {
                if (office.department(unitCode, department).isEmpty()) {
                    errors.put(at + ".department", unitCode + " has no department " + department);
                }
            } else if (office.departments().stream().noneMatch(d -> d.kind().equals(department))) {
                errors.put(at + ".department", "no unit has a department " + department);
            }
            Integer shareDays = agency.shareDays();
            Integer shareHours = agency.shareHours();
            if (shareDays != null && shareHours != null) {
                errors.put(at + ".shareDays", "give shareDays or shareHours, not both");
            } else if (shareDays != null && (shareDays < 1 || shareDays > MAX_WORKING_DAYS)) {
                errors.put(at + ".shareDays", "must be from 1 to " + MAX_WORKING_DAYS);
            } else if (shareHours != null && (shareHours < 1 || shareHours > MAX_WORKING_HOURS)) {
                errors.put(at + ".shareHours", "must be from 1 to " + MAX_WORKING_HOURS);
            }
            if (shareDays != null) {
                shares += shareDays;
            }
            checked.add(new Procedure.Agency(kind, unitCode, department, shareDays, shareHours));
        }
        if (workingDays != null && shares > workingDays) {
            errors.putIfAbsent(
                    "agencies", "the shares add up to " + shares + " working days, beyond the limit of " + workingDays);
        }
        return List.copyOf(checked);
    }

    /** The kinds of unit that resolve the procedure: those its agencies name, or its level's. */
    private static List<UnitKind> resolvedBy(List<Procedure.Agency> agencies, String level) {
        List<UnitKind> kinds = agencies.stream()
                .map(Procedure.Agency::unitKind)
                .filter(kind -> kind != null)
                .distinct()
                .toList();
        return kinds.isEmpty() ? Procedure.defaultResolvers(level) : kinds;
    }

    private boolean deployed(String processKey) {
        return repository
                        .createProcessDefinitionQuery()
                        .processDefinitionKey(processKey)
                        .latestVersion()
                        .count()
                > 0;
    }

    private static String line(Map<String, String> errors, String field, String value, int max, boolean required) {
        String stripped = blankToNull(value);
        if (stripped == null) {
            if (required) {
                errors.put(field, "is required");
            }
            return null;
        }
        if (stripped.length() > max) {
            errors.put(field, "must be at most " + max + " characters");
        } else if (!LINE.matcher(stripped).matches()) {
            errors.put(field, "must not contain control characters");
        }
        return stripped;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(calendar.zone()));
    }

    private static String actor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || !auth.isAuthenticated() ? AdministrationLog.SYSTEM : auth.getName();
    }

    private static ProcedureDraft withCode(ProcedureDraft d, String code) {
        return new ProcedureDraft(
                code,
                d.nationalCode(),
                d.name(),
                d.field(),
                d.level(),
                d.timeLimit(),
                d.fee(),
                d.documents(),
                d.agencies(),
                d.template(),
                d.processKey(),
                d.effectiveFrom(),
                d.legalBasis());
    }

    static Procedure numbered(Procedure p, int versionNo) {
        return p.asVersion(p.versionId(), versionNo, p.effectiveFrom());
    }

    static Procedure withId(Procedure p, Long id) {
        return p.asVersion(id, p.versionNo(), p.effectiveFrom());
    }

    static Procedure withEffectiveFrom(Procedure p, LocalDate effectiveFrom) {
        return p.asVersion(p.versionId(), p.versionNo(), effectiveFrom);
    }

    /** Every wrong field of a draft at once. */
    static final class InvalidProcedureException extends InvalidFieldException {

        private final Map<String, String> all;

        InvalidProcedureException(Map<String, String> all) {
            super(all.keySet().iterator().next(), all.values().iterator().next());
            this.all = Map.copyOf(all);
        }

        @Override
        public Map<String, String> fields() {
            return all;
        }
    }
}
