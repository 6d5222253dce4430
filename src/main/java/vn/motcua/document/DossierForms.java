package vn.motcua.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.dossier.DossierView;
import vn.motcua.law.RuleSet;

/**
 * Which printed forms a dossier has: those its rule set knows whose event is in the dossier's history. The one rule
 * both for the links on the dossier and task pages and for the 404 of a form that does not exist yet, so a page never
 * offers a form that would answer 404.
 */
@Service
@Transactional(readOnly = true)
public class DossierForms {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final DocumentMapper mapper;

    DossierForms(DocumentMapper mapper) {
        this.mapper = mapper;
    }

    /** The forms that can be printed for the dossier now, in the order of the circular's appendix. */
    public List<PrintableForm> of(DossierView dossier) {
        FormData.DossierRef ref = mapper.dossier(dossier.code());
        List<PrintableForm> forms = new ArrayList<>();
        for (FormKind kind : FormKind.values()) {
            Optional<RuleSet.FormSpec> spec = dossier.ruleSet().form(kind.form());
            if (spec.isPresent() && exists(kind, dossier, ref.id())) {
                forms.add(new PrintableForm(
                        kind.slug(), spec.get().label(), sentenceCase(spec.get().title())));
            }
        }
        return forms;
    }

    /** Whether the form's event is in the dossier's history (received, asked to supplement, refused, ...). */
    boolean exists(FormKind kind, DossierView dossier, long dossierId) {
        return switch (kind) {
            case RECEIPT, CONTROL_SHEET -> dossier.receivedAt() != null;
            case SUPPLEMENT_REQUEST -> mapper.latestSupplementRequest(dossierId) != null;
            case REFUSAL -> mapper.refusal(dossierId) != null;
            case APOLOGY -> mapper.apology(dossierId) != null;
            case STOP_NOTICE -> stop(dossier).isPresent();
        };
    }

    /** The last stop at the applicant's request, the event of the stop notice. */
    static Optional<DossierView.TimelineEntry> stop(DossierView dossier) {
        return dossier.timeline().stream()
                .filter(line -> "WITHDRAWN".equals(line.step()))
                .reduce((first, second) -> second);
    }

    /** The circular prints titles in capitals; a link reads better in sentence case. */
    private static String sentenceCase(String title) {
        String lower = title.toLowerCase(VIETNAMESE);
        return lower.substring(0, 1).toUpperCase(VIETNAMESE) + lower.substring(1);
    }

    /**
     * One printable form of a dossier.
     *
     * @param kind the slug of its address ({@code receipt}, {@code supplement-request}, ...)
     * @param number "Mẫu số 02", under the dossier's rule set
     * @param title its title under that rule set, in sentence case
     */
    public record PrintableForm(String kind, String number, String title) {}
}
