package vn.motcua.notification;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.motcua.dossier.Apology;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierLifecycle;
import vn.motcua.dossier.DossierQueries;
import vn.motcua.dossier.DossierStepRecorded;
import vn.motcua.dossier.Step;
import vn.motcua.procedure.ProcedureCatalog;

/**
 * Tells the applicant when an apology with a new appointment is issued and when the result is ready. Messages
 * leave only after the step has committed: a step that rolls back never told anyone anything. A failure to
 * deliver is logged and does not undo the step.
 */
@Service
public class CitizenNotifications {

    private static final Logger log = LoggerFactory.getLogger(CitizenNotifications.class);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH 'giờ' mm, 'ngày' dd/MM/yyyy");

    private final List<CitizenNotifier> notifiers;
    private final Optional<SmsGateway> sms;
    private final DossierQueries dossiers;
    private final DossierLifecycle lifecycle;
    private final ProcedureCatalog procedures;
    private final Clock clock;

    CitizenNotifications(
            List<CitizenNotifier> notifiers,
            Optional<SmsGateway> sms,
            DossierQueries dossiers,
            DossierLifecycle lifecycle,
            ProcedureCatalog procedures,
            Clock clock) {
        this.notifiers = notifiers;
        this.sms = sms;
        this.dossiers = dossiers;
        this.lifecycle = lifecycle;
        this.procedures = procedures;
        this.clock = clock;
    }

    @EventListener
    void onStep(DossierStepRecorded recorded) {
        String step = recorded.event().step();
        if (Step.APOLOGY_ISSUED.name().equals(step)) {
            Dossier dossier = dossiers.byId(recorded.event().dossierId());
            apologyIssued(
                    dossier,
                    lifecycle.apology(dossier.id()),
                    procedures.get(dossier.procedureCode()).name(),
                    clock.getZone());
        } else if (Step.RESULT_READY.name().equals(step)) {
            Dossier dossier = dossiers.byId(recorded.event().dossierId());
            resultReady(dossier, procedures.get(dossier.procedureCode()).name());
        }
    }

    private void apologyIssued(Dossier dossier, Apology apology, String procedureName, ZoneId zone) {
        afterCommit(new Notice(
                dossier.code(),
                dossier.applicantEmail(),
                dossier.applicantPhone(),
                "Phiếu xin lỗi và hẹn lại ngày trả kết quả — hồ sơ " + dossier.code(),
                "Kính gửi Ông/Bà " + dossier.applicantFullName() + ",\n\n"
                        + "Hồ sơ " + dossier.code() + " (" + procedureName + ") chưa thể trả kết quả đúng hẹn "
                        + at(apology.originalDueAt(), zone) + ".\nLý do: " + apology.reason() + "\n"
                        + "Cơ quan giải quyết xin lỗi Ông/Bà và hẹn trả kết quả vào " + at(apology.newDueAt(), zone)
                        + ".\n"));
    }

    private void resultReady(Dossier dossier, String procedureName) {
        afterCommit(new Notice(
                dossier.code(),
                dossier.applicantEmail(),
                dossier.applicantPhone(),
                "Đã có kết quả hồ sơ " + dossier.code(),
                "Kính gửi Ông/Bà " + dossier.applicantFullName() + ",\n\n"
                        + "Hồ sơ " + dossier.code() + " (" + procedureName + ") đã có kết quả. "
                        + "Mời Ông/Bà đến Bộ phận Tiếp nhận và Trả kết quả để nhận.\n"));
    }

    private void afterCommit(Notice notice) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            deliver(notice);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                deliver(notice);
            }
        });
    }

    private void deliver(Notice notice) {
        log.info("Notice to the applicant of {}: {}", notice.dossierCode(), notice.subject());
        for (CitizenNotifier notifier : notifiers) {
            try {
                notifier.send(notice);
            } catch (RuntimeException e) {
                log.warn(
                        "Could not deliver the notice of {} by {}",
                        notice.dossierCode(),
                        notifier.getClass().getSimpleName(),
                        e);
            }
        }
        sms.ifPresent(gateway -> {
            try {
                gateway.send(notice.phone(), notice.subject());
            } catch (RuntimeException e) {
                log.warn("Could not send the SMS of {}", notice.dossierCode(), e);
            }
        });
    }

    private static String at(Instant instant, ZoneId zone) {
        return WHEN.format(instant.atZone(zone));
    }
}
