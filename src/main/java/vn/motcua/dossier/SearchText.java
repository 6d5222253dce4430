package vn.motcua.dossier;

import vn.motcua.common.Folding;

/**
 * What the one search box was given, read by its shape so that each search walks one index: digits only are an ID
 * number or a phone ({@code +84} read as {@code 0}); letters only (with or without diacritics) the start of the
 * applicant's name; anything else with a digit the start of a dossier code, in any case and with spaces anywhere
 * (digits with dots or dashes are tried as both).
 */
record SearchText(String codePrefix, String digits, String namePrefix) {

    static final SearchText NONE = new SearchText(null, null, null);

    static SearchText of(String q) {
        if (q == null || q.isBlank()) {
            return NONE;
        }
        String compact = DossierCodes.normalised(q).replace(".", "").replace("-", "");
        if (compact.matches("\\+84\\d{9,10}")) {
            return new SearchText(null, "0" + compact.substring(3), null);
        }
        if (compact.matches("\\d+")) {
            // "0912.345.678" is a phone; "000.00.15" may be the start of a code: both are tried.
            String raw = DossierCodes.normalised(q);
            return new SearchText(raw.equals(compact) ? null : likePrefix(raw), compact, null);
        }
        String folded = Folding.fold(q);
        if (!folded.isEmpty() && folded.matches("[a-z ]+")) {
            return new SearchText(null, null, folded + "%");
        }
        return new SearchText(likePrefix(DossierCodes.normalised(q)), null, null);
    }

    /** A LIKE pattern matching what starts with {@code text}, its own wildcards escaped with {@code !}. */
    private static String likePrefix(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }
}
