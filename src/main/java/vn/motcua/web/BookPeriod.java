package vn.motcua.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import org.springframework.stereotype.Component;

/** The period the tracking book's link offers first: the current month of the office (sandbox) clock. */
@Component("bookPeriod")
class BookPeriod {

    private final Clock clock;

    BookPeriod(Clock clock) {
        this.clock = clock;
    }

    public LocalDate from() {
        return YearMonth.now(clock).atDay(1);
    }

    public LocalDate to() {
        return YearMonth.now(clock).atEndOfMonth();
    }
}
