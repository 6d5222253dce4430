package vn.motcua.web;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How often a staff page asks again for the header's count of new and near-due tasks and for the near-due list, as
 * htmx triggers for the templates. The count is one small query, so it may be asked often; the list replaces a table
 * the reader may be looking at, so it has its own, usually longer, interval.
 */
@Component("workRefresh")
class WorkRefresh {

    private final Duration count;
    private final Duration list;

    WorkRefresh(
            @Value("${motcua.work.count-refresh:60s}") Duration count,
            @Value("${motcua.work.list-refresh:60s}") Duration list) {
        this.count = atLeastOneSecond(count, "count-refresh");
        this.list = atLeastOneSecond(list, "list-refresh");
    }

    public String count() {
        return every(count);
    }

    public String list() {
        return every(list);
    }

    private static String every(Duration interval) {
        return "every " + interval.toSeconds() + "s";
    }

    private static Duration atLeastOneSecond(Duration interval, String name) {
        if (interval.toSeconds() < 1) {
            throw new IllegalStateException("motcua.work." + name + " must be at least one second, not " + interval);
        }
        return interval;
    }
}
