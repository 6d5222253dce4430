package vn.motcua.privacy;

import java.time.OffsetDateTime;
import vn.motcua.dossier.DossierView;

/** The answer to an explicit opening: the applicant in full (or {@code ERASED}), and the logged opening. */
public record OpenedPersonalData(
        String code, DossierView.ApplicantView applicant, OffsetDateTime openedAt, String reason) {}
