package vn.motcua.dossier;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import vn.motcua.common.ConflictException;
import vn.motcua.common.Folding;
import vn.motcua.common.InvalidFieldException;
import vn.motcua.engine.ProcessVariables;
import vn.motcua.office.Department;
import vn.motcua.office.OfficeDirectory;
import vn.motcua.office.Unit;
import vn.motcua.procedure.Procedure;
import vn.motcua.procedure.ProcedureCatalog;
import vn.motcua.security.Staff;

/** Intake at the desk and supplements: the steps that start or resume a dossier's process. */
@Service
public class DossierService {

    /** The process every dossier runs; it calls the procedure's own handling process. */
    public static final String DOSSIER_PROCESS = "Dossier";

    static final String SUPPLEMENT_MESSAGE = "SupplementArrived";
    /** Starts the model's stop path ({@code SubProcess_StopRequested}). */
    static final String STOP_MESSAGE = "StopRequested";
    /** The name of {@code Task_CheckCompleteness} in Dossier.bpmn, which the timeline gives a check made at the desk. */
    static final String DESK_CHECK_NAME = "Kiểm tra tính đầy đủ của hồ sơ";

    private final DossierMapper dossiers;
    private final DossierLocks locks;
    private final DossierCodes codes;
    private final DossierLifecycle lifecycle;
    private final DossierQueries queries;
    private final DossierAgencyMapper agencies;
    private final ProcedureCatalog procedures;
    private final OfficeDirectory office;
    private final RuntimeService runtime;
    private final Clock clock;
    private final TransactionTemplate inOneTransaction;
    private final ObjectProvider<IntakeExtension> extensions;

    DossierService(
            DossierMapper dossiers,
            DossierLocks locks,
            DossierCodes codes,
            DossierLifecycle lifecycle,
            DossierQueries queries,
            DossierAgencyMapper agencies,
            ProcedureCatalog procedures,
            OfficeDirectory office,
            RuntimeService runtime,
            Clock clock,
            PlatformTransactionManager transactions,
            ObjectProvider<IntakeExtension> extensions) {
        this.extensions = extensions;
        this.dossiers = dossiers;
        this.locks = locks;
        this.codes = codes;
        this.lifecycle = lifecycle;
        this.queries = queries;
        this.agencies = agencies;
        this.procedures = procedures;
        this.office = office;
        this.runtime = runtime;
        this.clock = clock;
        this.inOneTransaction = new TransactionTemplate(transactions);
    }

    /**
     * Registers a dossier and starts its process. With a decision the clerk checked the dossier at the counter: the
     * process starts past the check task and runs on to the decision's next step (receipt and the first handling
     * task, or the supplement request, or the refusal). Either all of it is saved, or none of it.
     *
     * <p>The dossier code's running number is taken first, in a short transaction of its own: taken inside the
     * intake's transaction it would hold a second pooled connection per intake, and a burst of intakes would
     * wait on each other for connections.
     */
    public DossierView intake(IntakeRequest request, Staff clerk) {
        return intake(request, clerk, (dossier, documents) -> {});
    }

    /**
     * What comes with an intake or a supplement besides its JSON: the files of its components. Called inside the
     * step's transaction once the dossier and its documents are written and before its process starts or resumes, so
     * that a failure here (a file of the wrong type, an unknown component) leaves no trace of the step, and the
     * receipt's indicators see the files.
     */
    @FunctionalInterface
    public interface IntakeAttachments {
        void attach(Dossier dossier, List<String> documentNames);
    }

    /**
     * What another feature adds to every intake, JSON or multipart, at the same point as {@link IntakeAttachments}
     * (the files package takes the components the request reuses from the applicant's earlier dossiers).
     */
    public interface IntakeExtension {
        void extend(Dossier dossier, IntakeRequest request, List<String> documentNames, Staff clerk);
    }

    /** {@link #intake(IntakeRequest, Staff)} with the files that came with it. */
    public DossierView intake(IntakeRequest request, Staff clerk, IntakeAttachments attachments) {
        Procedure procedure = procedures
                .find(request.procedureCode())
                .orElseThrow(() ->
                        new InvalidFieldException("procedureCode", "unknown procedure " + request.procedureCode()));
        PaymentMethod payment = PaymentMethod.checked(
                request.paymentMethod(), procedure, request.decision() == IntakeRequest.Decision.ACCEPT);
        Unit helped = office.unit(clerk.unitCode());
        if (helped.merged()) {
            throw new ConflictException(helped.name() + " was merged into " + helped.mergedInto()
                    + ": its desk takes no new dossiers until its staff are moved there");
        }
        Places places = new Places(
                helped,
                office.receivingUnit(helped.code()),
                competentUnit(procedure, helped, request.competentUnitCode()));
        List<DossierAgency> chain = chain(procedure, places.competent());
        Instant now = clock.instant();
        String code = codes.next(
                places.receiving().agencyCode(), now.atZone(clock.getZone()).toLocalDate());
        return inOneTransaction.execute(
                status -> register(code, now, places, chain, procedure, payment, request, attachments, clerk));
    }

    /** Where the citizen was helped, the desk that officially receives, and the unit that resolves the dossier. */
    private record Places(Unit helped, Unit receiving, Unit competent) {}

    /**
     * The unit that resolves the dossier. A desk receives whatever the applicant's address (Decree 118/2025/NĐ-CP):
     * the clerk names the competent unit where his own does not resolve the procedure; a provincial procedure whose
     * chain names its agency is resolved there.
     */
    private Unit competentUnit(Procedure procedure, Unit helped, String requested) {
        if (requested != null && !requested.isBlank()) {
            Unit unit = office.findUnit(requested.strip())
                    .orElseThrow(() -> new InvalidFieldException("competentUnitCode", "unknown unit " + requested));
            if (unit.merged()) {
                throw new InvalidFieldException(
                        "competentUnitCode", unit.name() + " was merged into " + unit.mergedInto());
            }
            if (!procedure.resolvedBy(unit.kind())) {
                throw new InvalidFieldException(
                        "competentUnitCode", unit.name() + " does not resolve procedure " + procedure.code());
            }
            return unit;
        }
        if (procedure.resolvedBy(helped.kind())) {
            return helped;
        }
        return procedure.agencies().stream()
                .map(Procedure.Agency::unit)
                .filter(Objects::nonNull)
                .map(office::successor)
                .filter(unit -> procedure.resolvedBy(unit.kind()))
                .findFirst()
                .orElseThrow(() -> new InvalidFieldException(
                        "competentUnitCode",
                        "is required: " + helped.name() + " does not resolve procedure " + procedure.code()));
    }

    /** The procedure's agencies, each resolved to the department that will work it, with today's names. */
    private List<DossierAgency> chain(Procedure procedure, Unit competent) {
        List<DossierAgency> chain = new ArrayList<>();
        for (Procedure.Agency agency : procedure.agencies()) {
            Unit unit = agency.unit() == null ? competent : office.successor(agency.unit());
            Department department = office.department(unit.code(), agency.department())
                    .orElseThrow(() -> new InvalidFieldException(
                            "competentUnitCode", unit.name() + " has no department " + agency.department()));
            chain.add(new DossierAgency(
                    chain.size() + 1,
                    unit.code(),
                    unit.name(),
                    department.code(),
                    // The kind the model names, even where a merge sent the work to a department of another kind.
                    agency.department(),
                    department.name(),
                    agency.shareDays(),
                    agency.shareHours()));
        }
        return chain;
    }

    private DossierView register(
            String code,
            Instant now,
            Places places,
            List<DossierAgency> chain,
            Procedure procedure,
            PaymentMethod payment,
            IntakeRequest request,
            IntakeAttachments attachments,
            Staff clerk) {
        TaskCompletion check = request.decision() == null
                ? null
                : TaskCompletion.of(request.decision().name(), request.reason(), request.missingDocuments());
        if (check != null) {
            check.checkRequiredFields();
        }
        DossierMapper.NewDossier row = new DossierMapper.NewDossier();
        row.code = code;
        row.procedureCode = procedure.code();
        // The version in force at registration: its fee, checklist, agencies and time limit stay the dossier's.
        row.procedureVersionId = procedure.versionId();
        row.unitCode = places.competent().code();
        row.unitName = places.competent().name();
        row.helpedUnitCode = places.helped().code();
        row.receivingUnitCode = places.receiving().code();
        row.receivingUnitName = places.receiving().name();
        row.channel = request.channel();
        row.applicantFullName = request.applicant().fullName().strip();
        row.applicantNameFolded = Folding.fold(row.applicantFullName);
        row.applicantIdNumber = request.applicant().idNumber();
        row.applicantPhone = request.applicant().phone();
        row.applicantEmail = request.applicant().email();
        row.applicantAddress = request.applicant().address().strip();
        row.paymentMethod = payment;
        row.fee = procedure.fee();
        row.submittedAt = now;
        dossiers.insert(row);
        locks.insertedHere(row.id, row.code);
        chain.forEach(agency -> agencies.insert(row.id, agency));
        addDocuments(row.id, 1, request.documents());
        Dossier registered = dossiers.findById(row.id);
        List<String> documentNames = request.documents().stream()
                .map(document -> document.name().strip())
                .toList();
        attachments.attach(registered, documentNames);
        extensions.orderedStream().forEach(extension -> extension.extend(registered, request, documentNames, clerk));
        lifecycle.record(row.id, Step.SUBMITTED, null, procedure.name() + " — " + request.channel());

        // The process knows its dossier by its business key, the dossier's code: no variable row to write and delete.
        VariableMap variables = Variables.createVariables()
                .putValueTyped(ProcessVariables.CHECKED_AT_DESK, Variables.booleanValue(check != null, true));
        if (check != null) {
            // The check is done: no task is opened for it, and the gateway routes past it on the decision.
            lifecycle.record(
                    row.id,
                    Step.TASK_COMPLETED,
                    null,
                    TaskCompletion.timelineNote(DESK_CHECK_NAME, check.outcome(), check.comment()));
            variables.putAll(check.variables());
        }
        ProcessInstance instance = runtime.startProcessInstanceByKey(DOSSIER_PROCESS, row.code, variables);
        dossiers.attachProcess(row.id, instance.getId());
        return queries.view(dossiers.findById(row.id));
    }

    /**
     * The citizen brought what was asked for, at the desk (before receipt) or during handling (suspended): the
     * documents are added and the process resumes; during handling the time limit then counts afresh.
     */
    @Transactional
    public DossierView supplement(String code, SupplementInput input) {
        return supplement(code, input, (dossier, documents) -> {});
    }

    /**
     * {@link #supplement(String, SupplementInput)} with the files that came with it, attached once the documents are
     * added and before the process resumes, in the same transaction: a file refused leaves no supplement.
     */
    @Transactional
    public DossierView supplement(String code, SupplementInput input, IntakeAttachments attachments) {
        Dossier dossier = locks.row(locks.lock(code));
        if (!EnumSet.of(DossierStatus.AWAITING_SUPPLEMENT, DossierStatus.SUSPENDED)
                .contains(dossier.status())) {
            throw new ConflictException("Dossier " + code + " is " + dossier.status() + " and waits for no supplement");
        }
        addDocuments(dossier.id(), dossiers.nextDocumentPosition(dossier.id()), input.documents());
        attachments.attach(dossier, queries.documentNames(dossier.id()));
        runtime.createMessageCorrelation(SUPPLEMENT_MESSAGE)
                .processInstanceBusinessKey(code)
                .correlate();
        return queries.view(dossiers.findById(dossier.id()));
    }

    /**
     * The applicant withdraws the dossier, or asks to stop its handling (Decree 118/2025/NĐ-CP, Art. 21), while no
     * decision exists: the model's stop path ends every other path of it, its handling and timers included, and the
     * timeline says why. A dossier already decided is a conflict (409).
     */
    @Transactional
    public DossierView withdraw(String code, String reason) {
        Dossier dossier = locks.row(locks.lock(code));
        lifecycle.checkWithdrawable(dossier);
        runtime.createMessageCorrelation(STOP_MESSAGE)
                .processInstanceBusinessKey(code)
                .setVariable(ProcessVariables.REASON, Variables.stringValue(reason, true))
                .correlate();
        return queries.view(dossiers.findById(dossier.id()));
    }

    private void addDocuments(long dossierId, int firstPosition, List<IntakeRequest.DocumentInput> documents) {
        int position = firstPosition;
        for (IntakeRequest.DocumentInput document : documents) {
            // Digitised only by a file (DossierFiles): a client's flag is not taken at its word.
            dossiers.insertDocument(
                    dossierId, new DossierDocument(position++, document.name().strip(), false));
        }
    }
}
