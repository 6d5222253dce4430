package vn.motcua.procedure.catalog;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The time limit (Thời hạn giải quyết) of a catalog row: exactly one of working days, working hours or same day, read
 * from the published text. The first limit the text names is the limit; what follows ("trường hợp cần xác minh thì
 * ...") is an exception the handler extends by hand.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CatalogTimeLimit(Integer workingDays, Integer workingHours, boolean sameDay, String text) {

    private static final Pattern DAYS = Pattern.compile("(\\d+)\\s*ngày\\s*làm\\s*việc");
    private static final Pattern HOURS = Pattern.compile("(\\d+)\\s*giờ(?:\\s*làm\\s*việc)?");
    private static final Pattern SAME_DAY = Pattern.compile("(?:ngay\\s+)?trong\\s+(?:cùng\\s+)?ngày");
    private static final Pattern CALENDAR_DAYS = Pattern.compile("(\\d+)\\s*ngày(?!\\s*làm)");

    /**
     * Reads "03 ngày làm việc", "Trong ngày làm việc", "05 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ", "10 giờ làm
     * việc", "Ngay trong ngày tiếp nhận ...; sau 15 giờ ...".
     *
     * @throws IllegalArgumentException with the reason, in Vietnamese, when the text names no limit this office can
     *     count (calendar days are refused: deadlines here count working time, Decree 61/2018/NĐ-CP Article 2)
     */
    public static CatalogTimeLimit parse(String raw) {
        String text = raw == null ? "" : raw.strip();
        if (text.isEmpty()) {
            throw new IllegalArgumentException("thiếu thời hạn giải quyết");
        }
        String lower = CatalogText.normalize(text).toLowerCase(java.util.Locale.ROOT);
        Matcher days = DAYS.matcher(lower);
        Matcher hours = HOURS.matcher(lower);
        Matcher same = SAME_DAY.matcher(lower);
        Matcher calendar = CALENDAR_DAYS.matcher(lower);
        int atDays = days.find() ? days.start() : Integer.MAX_VALUE;
        int atHours = hours.find() ? hours.start() : Integer.MAX_VALUE;
        int atSame = same.find() ? same.start() : Integer.MAX_VALUE;
        int atCalendar = calendar.find() ? calendar.start() : Integer.MAX_VALUE;
        int first = Math.min(Math.min(atDays, atHours), Math.min(atSame, atCalendar));
        if (first == Integer.MAX_VALUE) {
            throw new IllegalArgumentException("không đọc được thời hạn giải quyết \"" + text + "\"");
        }
        if (first == atSame) {
            return new CatalogTimeLimit(null, null, true, text);
        }
        if (first == atDays) {
            return new CatalogTimeLimit(positive(days.group(1), text), null, false, text);
        }
        if (first == atHours) {
            return new CatalogTimeLimit(null, positive(hours.group(1), text), false, text);
        }
        throw new IllegalArgumentException(
                "thời hạn tính theo ngày, không phải ngày làm việc (\"" + text + "\"): ghi số ngày làm việc");
    }

    private static int positive(String digits, String text) {
        int value = Integer.parseInt(digits);
        if (value <= 0 || value > 365) {
            throw new IllegalArgumentException("thời hạn giải quyết không hợp lệ \"" + text + "\"");
        }
        return value;
    }

    /** As the receipt prints it. */
    public String description() {
        if (sameDay) {
            return "Trong ngày";
        }
        return workingHours != null ? workingHours + " giờ làm việc" : workingDays + " ngày làm việc";
    }
}
