package vn.motcua.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Numbers as the reader's language writes them: 1.234 and 98,5 % in Vietnamese, 1,234 and 98.5 % in English. The
 * one place pages, chart tips and headline figures get a number written from.
 */
@Component("pageNumbers")
public class PageNumbers {

    private static final String NONE = "—";

    /** A count, with thousands grouped. */
    public String count(Number value) {
        return value == null ? NONE : format(LocaleContextHolder.getLocale(), 0).format(value);
    }

    /** A number with exactly {@code digits} decimals. */
    public String decimal(Number value, int digits) {
        return value == null
                ? NONE
                : format(LocaleContextHolder.getLocale(), digits).format(value);
    }

    /** A rate (0..1) as a percentage with one decimal: "98,5 %". */
    public String percentOfRate(BigDecimal rate) {
        return rate == null ? NONE : percent(rate.movePointRight(2), LocaleContextHolder.getLocale());
    }

    /** A percentage (0..100) with one decimal: "98,5 %". */
    public String percent(BigDecimal percent) {
        return percent(percent, LocaleContextHolder.getLocale());
    }

    static String percent(BigDecimal percent, Locale locale) {
        return percent == null ? NONE : format(locale, 1).format(percent.setScale(1, RoundingMode.HALF_UP)) + " %";
    }

    static String decimal(Number value, int digits, Locale locale) {
        return value == null ? NONE : format(locale, digits).format(value);
    }

    private static DecimalFormat format(Locale locale, int digits) {
        DecimalFormat format =
                new DecimalFormat(digits == 0 ? "#,##0" : "#,##0." + "0".repeat(digits), symbols(locale));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format;
    }

    /** Vietnamese: dot for thousands, comma for decimals; whatever the JDK's locale data says elsewhere. */
    private static DecimalFormatSymbols symbols(Locale locale) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ENGLISH);
        if ("vi".equals(locale.getLanguage())) {
            symbols.setDecimalSeparator(',');
            symbols.setGroupingSeparator('.');
        }
        return symbols;
    }
}
