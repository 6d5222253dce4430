package vn.motcua.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import vn.motcua.calendar.WorkingCalendar;

/**
 * Dates as the desk writes them: dd/MM/yyyy HH:mm, or dd/MM/yyyy for a day, always in the office's zone. The one
 * place pages and notes get a date from, so that no ISO string reaches a reader.
 */
@Component("pageDates")
public class PageDates {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final String NONE = "—";

    /** An ISO instant with or without seconds and offset, or an ISO day, as the engine and older notes wrote them. */
    private static final Pattern ISO = Pattern.compile(
            "\\b(\\d{4}-\\d{2}-\\d{2})(T\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})?)?(?![\\d:])");

    private final ZoneId zone;

    PageDates(WorkingCalendar calendar) {
        this.zone = calendar.zone();
    }

    public String show(OffsetDateTime at) {
        return at == null ? NONE : DATE_TIME.format(at.atZoneSameInstant(zone));
    }

    public String show(Instant at) {
        return at == null ? NONE : DATE_TIME.format(at.atZone(zone));
    }

    public String show(LocalDateTime at) {
        return at == null ? NONE : DATE_TIME.format(at);
    }

    public String show(LocalDate day) {
        return day(day);
    }

    public String day(TemporalAccessor day) {
        if (day == null) {
            return NONE;
        }
        if (day instanceof OffsetDateTime at) {
            return DATE.format(at.atZoneSameInstant(zone));
        }
        if (day instanceof Instant at) {
            return DATE.format(at.atZone(zone));
        }
        return DATE.format(day);
    }

    /** A text with the ISO dates and instants in it written the desk's way (timeline notes written before). */
    public String inText(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        Matcher iso = ISO.matcher(text);
        StringBuilder out = new StringBuilder();
        while (iso.find()) {
            iso.appendReplacement(out, Matcher.quoteReplacement(written(iso)));
        }
        iso.appendTail(out);
        return out.toString();
    }

    private String written(Matcher iso) {
        try {
            if (iso.group(2) == null) {
                return DATE.format(LocalDate.parse(iso.group(1)));
            }
            String whole = iso.group();
            if (iso.group(3) == null) {
                return DATE_TIME.format(LocalDateTime.parse(whole));
            }
            return show(OffsetDateTime.parse(whole.endsWith("Z") ? whole.replace("Z", "+00:00") : whole));
        } catch (DateTimeParseException notADate) {
            return iso.group();
        }
    }
}
