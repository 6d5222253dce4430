package vn.motcua.procedure.catalog;

import java.text.Normalizer;
import java.util.Locale;

/** Text as files bring it: NFC (Vietnamese typed on some keyboards arrives decomposed), single spaces. */
final class CatalogText {

    private CatalogText() {}

    static String normalize(String value) {
        if (value == null) {
            return "";
        }
        return Normalizer.normalize(value, Normalizer.Form.NFC)
                .replace('\u00a0', ' ')
                .replaceAll("[ \\t]+", " ")
                .strip();
    }

    /** A header or field name to compare: no diacritics, lower case, letters and digits only. */
    static String key(String value) {
        String decomposed = Normalizer.normalize(normalize(value), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replace('đ', 'd')
                .replace('Đ', 'D');
        return decomposed.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
    }
}
