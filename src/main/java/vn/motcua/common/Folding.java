package vn.motcua.common;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Vietnamese text as staff type it into a search box: lower case, without diacritics, {@code đ} as {@code d}, words
 * separated by one space ("Nguyễn  Văn An" and "nguyen van an" both fold to {@code nguyen van an}). The dossier keeps
 * its applicant's name folded this way, indexed, so that a search needs no accents.
 */
public final class Folding {

    private Folding() {}

    /** The folded text; {@code null} stays {@code null}. Anything but letters and digits separates words. */
    public static String fold(String text) {
        if (text == null) {
            return null;
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replace('đ', 'd')
                .replace('Đ', 'D')
                .toLowerCase(Locale.ROOT);
        return decomposed.replaceAll("[^a-z0-9]+", " ").strip();
    }
}
