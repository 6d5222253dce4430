package vn.motcua.dossier;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How the applicant's personal data is shown to staff whose work does not need it. The identity number, phone, e-mail
 * and address are basic personal data (Decree 356/2025/NĐ-CP, Art. 3); Law 91/2025/QH15 (Art. 3) allows processing
 * only within the purpose it serves, so lists, boards, exports and the dossiers of other desks show them masked and
 * the full record is opened explicitly, with a reason that is logged. The applicant's name stays visible: staff
 * tell dossiers apart by it, and it is what the receipt and the tracking book print.
 */
public final class PersonalData {

    /** What the caller sees of the applicant. */
    public enum Disclosure {
        /** Everything: the desk that serves the citizen, the holder of a task, an explicit opening. */
        FULL,
        /** Identity number, phone, e-mail and street address masked. */
        MASKED,
        /** Erased by the retention rule of closed dossiers; nothing left to show. */
        ERASED
    }

    /** What a masked character becomes. */
    static final char HIDDEN = '*';

    /**
     * The words that open an administrative unit's name in an address. The part from the first of them on (commune or
     * ward, special zone, and the province) stays visible: it tells where a dossier comes from, not who sent it.
     */
    private static final List<String> ADMINISTRATIVE_UNITS = List.of(
            "xã ",
            "phường ",
            "đặc khu ",
            "thị trấn ",
            "thị xã ",
            "quận ",
            "huyện ",
            "thành phố ",
            "tp ",
            "tp.",
            "tỉnh ");

    private static final Pattern PARTS = Pattern.compile("\\s*,\\s*");

    private PersonalData() {}

    /**
     * The first 3 digits (the province code of a CCCD, which the address shows anyway) and the last 3; the 6 between
     * them hide the sex, century and year of birth and most of the serial, so the number identifies no one.
     */
    public static String idNumber(String value) {
        return keepEnds(value, 3, 3);
    }

    /**
     * The last 3 digits only: enough to tell the citizen on the phone which number the office has, and one digit
     * short of the 4 that, with the dossier code, open the public lookup.
     */
    public static String phone(String value) {
        return keepEnds(value, 0, 3);
    }

    /** The first letter and the domain: {@code n***@example.vn}. */
    public static String email(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        int at = value.indexOf('@');
        if (at <= 0) {
            return "***";
        }
        return value.charAt(0) + "***" + value.substring(at);
    }

    /**
     * The commune (or ward) and province only: {@code Số 12, đường Lê Lợi, xã Demo} becomes {@code ***, xã Demo}. An
     * address naming no administrative unit keeps its last part when it has several, and shows nothing otherwise.
     */
    public static String address(String value) {
        if (value == null || value.isBlank()) {
            return value;
        }
        String[] parts = PARTS.split(value.strip());
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i].toLowerCase(Locale.ROOT);
            if (ADMINISTRATIVE_UNITS.stream().anyMatch(part::startsWith)) {
                return (i == 0 ? "" : "***, ")
                        + String.join(", ", List.of(parts).subList(i, parts.length));
            }
        }
        return parts.length > 1 ? "***, " + parts[parts.length - 1] : "***";
    }

    /** The applicant as {@code disclosure} lets the caller see him. */
    static DossierView.ApplicantView applicant(Dossier dossier, Disclosure disclosure) {
        return switch (disclosure) {
            case FULL ->
                new DossierView.ApplicantView(
                        dossier.applicantFullName(),
                        dossier.applicantIdNumber(),
                        dossier.applicantPhone(),
                        dossier.applicantEmail(),
                        dossier.applicantAddress(),
                        Disclosure.FULL);
            case MASKED ->
                new DossierView.ApplicantView(
                        dossier.applicantFullName(),
                        idNumber(dossier.applicantIdNumber()),
                        phone(dossier.applicantPhone()),
                        email(dossier.applicantEmail()),
                        address(dossier.applicantAddress()),
                        Disclosure.MASKED);
            case ERASED -> new DossierView.ApplicantView(null, null, null, null, null, Disclosure.ERASED);
        };
    }

    private static final Pattern RECEIVER = Pattern.compile("^Người nhận: [^;]*");

    /**
     * A timeline note as the caller may read it. Before V22 the hand-back line named who took the result
     * ({@code Người nhận: …}); the timeline is append-only, so that name is hidden where it is read.
     */
    static String timelineNote(String step, String note, Disclosure disclosure) {
        if (note == null
                || disclosure == Disclosure.FULL
                || !Step.RETURNED.name().equals(step)) {
            return note;
        }
        return RECEIVER.matcher(note).replaceFirst("Người nhận: ***");
    }

    private static String keepEnds(String value, int head, int tail) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        if (value.length() <= head + tail) {
            return String.valueOf(HIDDEN).repeat(value.length());
        }
        return value.substring(0, head)
                + String.valueOf(HIDDEN).repeat(value.length() - head - tail)
                + value.substring(value.length() - tail);
    }
}
