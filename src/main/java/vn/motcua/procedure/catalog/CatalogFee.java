package vn.motcua.procedure.catalog;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fee (Phí, lệ phí) of a catalog row: {@code FREE} ("Không", "Miễn phí", "Miễn lệ phí"), an {@code AMOUNT} in
 * đồng with its unit ("100.000 đồng/hồ sơ" is 100000 per "hồ sơ"), or {@code PROVINCIAL}: the published text only
 * says the provincial People's Council sets it (Law on Fees and Charges 2015, Article 21; Circular 85/2019/TT-BTC),
 * so the amount is the province's to fill in.
 */
public record CatalogFee(Kind kind, BigDecimal amount, String unit, String text) {

    public enum Kind {
        FREE,
        AMOUNT,
        PROVINCIAL
    }

    private static final Pattern AMOUNT =
            Pattern.compile("(\\d{1,3}(?:[.,]\\d{3})+|\\d+)\\s*(?:đồng|đ|vnđ|vnd)(?:\\s*/\\s*([^;,.()]+))?");

    /** @throws IllegalArgumentException with the reason, in Vietnamese, when the text names no fee */
    public static CatalogFee parse(String raw) {
        String text = raw == null ? "" : CatalogText.normalize(raw.strip());
        if (text.isEmpty()) {
            throw new IllegalArgumentException("thiếu phí, lệ phí (ghi \"Không\" nếu không thu)");
        }
        String lower = text.toLowerCase(Locale.ROOT);
        Matcher amount = AMOUNT.matcher(lower);
        if (amount.find()) {
            BigDecimal value = new BigDecimal(amount.group(1).replace(".", "").replace(",", ""));
            String unit = amount.group(2) == null ? null : amount.group(2).strip();
            return value.signum() == 0
                    ? new CatalogFee(Kind.FREE, BigDecimal.ZERO, null, text)
                    : new CatalogFee(Kind.AMOUNT, value, unit, text);
        }
        if (lower.contains("hội đồng nhân dân") || lower.contains("hđnd")) {
            return new CatalogFee(Kind.PROVINCIAL, null, null, text);
        }
        String plain = lower.replaceAll("^[\\s(\\-–:]*(?:lệ\\s*phí|phí)?\\s*:?\\s*", "");
        if (plain.startsWith("không") || plain.startsWith("miễn")) {
            return new CatalogFee(Kind.FREE, BigDecimal.ZERO, null, text);
        }
        throw new IllegalArgumentException("không đọc được phí, lệ phí \"" + text + "\"");
    }

    /** What the current catalog keeps (a number): the amount, or 0 for a free or provincial fee. */
    public BigDecimal amountOrZero() {
        return amount == null ? BigDecimal.ZERO : amount;
    }
}
