package vn.motcua.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.motcua.calendar.OfficeHours;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.forecast.LateForecast;

/**
 * Scores the lateness forecast inside the year replay (bench/load/README.md, "Lateness forecast"): when a dossier
 * still held by a department reaches two working days before its due instant, its "will be late" flag is recorded,
 * beside the naive rule's (already past 80 % of its time); once the replay is over each flag meets the dossier's
 * outcome (late: resolved after its due instant, or still in handling past it).
 */
final class LatenessScore {

    static final int DAYS_AHEAD = 2;
    static final double NAIVE_SHARE = 0.8;

    private final LateForecast forecast;
    private final WorkingCalendar calendar;
    private final OfficeHours hours;
    private final JdbcTemplate jdbc;
    private final Map<String, Flag> flags = new LinkedHashMap<>();
    long checks;
    double seconds;

    record Flag(String department, boolean predicted, boolean naive) {}

    LatenessScore(LateForecast forecast, WorkingCalendar calendar, OfficeHours hours, JdbcTemplate jdbc) {
        this.forecast = forecast;
        this.calendar = calendar;
        this.hours = hours;
        this.jdbc = jdbc;
    }

    /** At {@code now}: the flags of every held dossier that reached two working days before its due instant. */
    void check(Instant now) {
        long t0 = System.nanoTime();
        checks++;
        for (LateForecast.Row row : forecast.allHeld()) {
            if (flags.containsKey(row.code())) {
                continue;
            }
            Instant due = row.dueAt().toInstant();
            Instant point = calendar.subtractWorkingTime(due, hours.workingDays(DAYS_AHEAD), hours);
            if (now.isBefore(point)) {
                continue;
            }
            Instant received = row.receivedAt().toInstant();
            long limit = calendar.workingTimeBetween(received, due, hours).toSeconds();
            long used = calendar.workingTimeBetween(received, now, hours).toSeconds();
            flags.put(row.code(), new Flag(row.department(), row.late(), used >= NAIVE_SHARE * limit));
        }
        seconds += (System.nanoTime() - t0) / 1e9;
    }

    /** Prints both rules' confusion matrices, precision and recall, overall and per department. */
    void report(Instant end) {
        Map<String, Boolean> late = outcomes(end);
        Map<String, Matrix[]> byDepartment = new TreeMap<>();
        Matrix[] all = {new Matrix(), new Matrix()};
        int undecided = 0;
        for (Map.Entry<String, Flag> e : flags.entrySet()) {
            Boolean outcome = late.get(e.getKey());
            if (outcome == null) {
                undecided++;
                continue;
            }
            Flag flag = e.getValue();
            Matrix[] department =
                    byDepartment.computeIfAbsent(flag.department(), d -> new Matrix[] {new Matrix(), new Matrix()});
            for (Matrix[] m : List.of(all, department)) {
                m[0].add(flag.predicted(), outcome);
                m[1].add(flag.naive(), outcome);
            }
        }
        System.out.printf(
                Locale.ROOT,
                "%nLateness forecast, flagged %d working days before the due instant: %,d dossiers still held by"
                        + " a department then, %,d decided (%,d still before their due at the end), %,d checks in"
                        + " %.1f s%n",
                DAYS_AHEAD,
                flags.size(),
                flags.size() - undecided,
                undecided,
                checks,
                seconds);
        System.out.println("| department | rule | flagged late, was late (TP) | flagged, was not (FP) | not flagged,"
                + " was late (FN) | not flagged, was not (TN) | precision | recall |");
        System.out.println("|---|---|---|---|---|---|---|---|");
        print("all", all);
        byDepartment.forEach(LatenessScore::print);
    }

    private static void print(String department, Matrix[] m) {
        String[] rules = {"forecast", "naive (80 % of the time)"};
        for (int i = 0; i < 2; i++) {
            System.out.printf(
                    Locale.ROOT,
                    "| %s | %s | %d | %d | %d | %d | %s | %s |%n",
                    department,
                    rules[i],
                    m[i].tp,
                    m[i].fp,
                    m[i].fn,
                    m[i].tn,
                    ratio(m[i].tp, m[i].tp + m[i].fp),
                    ratio(m[i].tp, m[i].tp + m[i].fn));
        }
    }

    private static String ratio(long a, long b) {
        return b == 0 ? "—" : String.format(Locale.ROOT, "%.3f", (double) a / b);
    }

    /** Late or not for every flagged dossier whose outcome is known at {@code end}. */
    private Map<String, Boolean> outcomes(Instant end) {
        Map<String, Boolean> late = new LinkedHashMap<>();
        List<String> codes = new ArrayList<>(flags.keySet());
        for (int from = 0; from < codes.size(); from += 500) {
            List<String> chunk = codes.subList(from, Math.min(codes.size(), from + 500));
            String in = String.join(",", chunk.stream().map(c -> "?").toList());
            jdbc.query(
                    "SELECT code, timeliness, due_at, result_ready_at, status FROM dossier WHERE code IN (" + in + ")",
                    rs -> {
                        String timeliness = rs.getString("timeliness");
                        Instant due = rs.getTimestamp("due_at").toInstant();
                        if (timeliness != null) {
                            late.put(rs.getString("code"), timeliness.equals("LATE"));
                        } else if (rs.getString("status").equals("PROCESSING") && due.isBefore(end)) {
                            late.put(rs.getString("code"), true);
                        }
                    },
                    chunk.toArray());
        }
        return late;
    }

    static final class Matrix {
        long tp;
        long fp;
        long fn;
        long tn;

        void add(boolean flagged, boolean late) {
            if (flagged && late) {
                tp++;
            } else if (flagged) {
                fp++;
            } else if (late) {
                fn++;
            } else {
                tn++;
            }
        }
    }
}
