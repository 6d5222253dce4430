package vn.motcua.portal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierEvent;
import vn.motcua.dossier.DossierQueries;
import vn.motcua.dossier.DossierStepRecorded;
import vn.motcua.dossier.Step;
import vn.motcua.office.OfficeDirectory;

/**
 * The transactional outbox of the portal: each status change of a dossier is written to {@code portal_outbox} by the
 * step that makes it, inside that step's transaction, so a change is queued if and only if it committed, and survives
 * any crash after; {@link OutboxWorker} delivers it. The row carries the change as it was at that step, numbered
 * {@code seq} from 1 per dossier.
 */
@Service
public class PortalOutbox {

    /** docs/portal.md: the portal's date format. */
    static final DateTimeFormatter PORTAL_TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

    private final OutboxMapper mapper;
    private final DossierQueries dossiers;
    private final OfficeDirectory office;
    private final PortalSettings settings;
    private final ObjectMapper json;
    private final Clock clock;

    PortalOutbox(
            OutboxMapper mapper,
            DossierQueries dossiers,
            OfficeDirectory office,
            PortalSettings settings,
            ObjectMapper json,
            Clock clock) {
        this.mapper = mapper;
        this.dossiers = dossiers;
        this.office = office;
        this.settings = settings;
        this.json = json;
        this.clock = clock;
    }

    /** What the administrator sees: how many changes wait, and the oldest one's time. */
    public record Backlog(long pending, Instant oldestPendingAt) {}

    public Backlog backlog() {
        OutboxMapper.Backlog backlog = mapper.backlog();
        return new Backlog(backlog.pending(), backlog.oldestPendingAt());
    }

    /** Inside the step's transaction, which holds the dossier's row lock (DossierLifecycle#record). */
    @EventListener
    void on(DossierStepRecorded recorded) {
        if (settings.syncUrl() == null) {
            return;
        }
        DossierEvent event = recorded.event();
        Step step = Step.valueOf(event.step());
        Integer status = NationalStatus.of(step);
        if (status == null) {
            return;
        }
        Dossier dossier = dossiers.byId(event.dossierId());
        int seq = mapper.lastSeq(dossier.id()) + 1;
        StatusChange change = new StatusChange(
                dossier.code(),
                dossier.procedureCode(),
                status,
                NationalStatus.channel(dossier.channel()),
                time(dossier.receivedAt() != null ? dossier.receivedAt() : dossier.submittedAt()),
                time(dossier.rescheduledDueAt() != null ? dossier.rescheduledDueAt() : dossier.dueAt()),
                time(dossier.returnedAt()),
                time(dossier.resultReadyAt() != null ? dossier.resultReadyAt() : dossier.closedAt()),
                office.findUnit(dossier.unitCode()).map(u -> u.agencyCode()).orElse(dossier.unitCode()),
                content(step, event.note()),
                time(event.at()),
                seq);
        mapper.insert(dossier.id(), dossier.code(), seq, status, write(change), clock.instant());
    }

    private String time(Instant instant) {
        return instant == null ? null : PORTAL_TIME.format(instant.atZone(clock.getZone()));
    }

    private static String content(Step step, String note) {
        String text = note == null || note.isBlank()
                ? NationalStatus.describe(step)
                : NationalStatus.describe(step) + ": " + note;
        return text.length() > 2000 ? text.substring(0, 2000) : text;
    }

    private String write(StatusChange change) {
        try {
            return json.writeValueAsString(change);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
