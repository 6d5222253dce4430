package vn.motcua.web;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Component;

/** Dates as the desk writes them (dd/MM/yyyy HH:mm, in the office's zone the services already give), for templates. */
@Component("pageDates")
class PageDates {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    public String show(OffsetDateTime at) {
        return at == null ? "—" : DATE_TIME.format(at);
    }
}
