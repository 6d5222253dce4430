package vn.motcua.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.motcua.calendar.OfficeHours;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.clock.SandboxClock;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.DossierService;
import vn.motcua.dossier.IntakeRequest;
import vn.motcua.dossier.PaymentMethod;
import vn.motcua.dossier.TaskCompletion;
import vn.motcua.forecast.LateForecast;
import vn.motcua.handling.TaskView;
import vn.motcua.handling.TaskWork;
import vn.motcua.handling.VerificationWait;
import vn.motcua.indicator.IndicatorService;
import vn.motcua.office.OfficeDirectory;
import vn.motcua.procedure.ProcedureCatalog;
import vn.motcua.security.Staff;

/**
 * A district's year through the engine on the sandbox clock: dossiers arrive by working hour over the working
 * calendar (holidays and make-up days of config/calendar), over the procedure mix below; each department works
 * a fixed number of tasks an hour, the nearest due first, so queues build on busy days and some dossiers run late;
 * the engine's own timers (apology one working day before due, overdue at due) fire as the clock passes them, by
 * executing the due jobs as the job executor would; most apologies are written, some are not. At the end it prints
 * the year's indicators from the indicator service and the wall time. Not part of the build: bench/load/README.md.
 *
 * <p>Arguments: {@code h2|mariadb [dossiers a year, 100000] [months to replay, 12] [year, 2025]}. Fewer months
 * replay the start of the year at the same daily load, to measure quickly and extrapolate.
 */
public final class YearReplay {

    /** The ward that took over the demo district's desk and departments (db/demo/V1001): whose hours the replay keeps. */
    static final String UNIT = "PHUONG-HO-SEN";
    /** Share of each procedure in the district's year (the desk's mix: certified copies and births lead). */
    static final Map<String, Integer> MIX = new LinkedHashMap<>();
    /** Tasks each member of staff works in a working hour, for 100,000 dossiers a year (scaled with the year). */
    static final Map<String, Integer> CAPACITY = new LinkedHashMap<>();

    static {
        MIX.put("CHUNG-THUC-BAN-SAO", 40);
        MIX.put("KHAI-SINH", 25);
        MIX.put("HKD-THAY-DOI", 13);
        MIX.put("HO-KINH-DOANH", 12);
        MIX.put("DAT-DAI-GCN", 10);
        // About 50 arrivals a working hour at 100,000 a year; Monday brings a quarter more, Friday a quarter less.
        // Staffed for about 80 % of the average hour (Tư pháp: 65 % of 50 = 32.5 steps an hour against 42), so that
        // Monday's peak drains within the week. At 34 (96 %) the full-size office fell further behind every week
        // and its task lists, and the replay's time per week, grew without end (bench/load/README.md).
        CAPACITY.put("clerk", 84);
        CAPACITY.put("handler.tuphap", 42);
        CAPACITY.put("handler.tckh", 16);
        CAPACITY.put("handler.datdai", 11);
        CAPACITY.put("handler.thue", 7);
        CAPACITY.put("approver", 64);
    }

    /** Scales every capacity above, to find the staffing at which an office keeps up (-Dreplay.staffing=0.9). */
    static final double STAFFING = Double.parseDouble(System.getProperty("replay.staffing", "1"));

    /**
     * A day's arrivals vary around its weekday's load (a local deadline, a market day, rain): a standard deviation of
     * 8 % (-Dreplay.day-to-day). At 15 % a run of busy days in March tipped the office over: once dossiers run late,
     * their apology letters come first and take the time the queue needed.
     */
    static final double DAY_TO_DAY = Double.parseDouble(System.getProperty("replay.day-to-day", "0.08"));
    /**
     * Two dossiers in a hundred wait at their examination for a verification (a site visit, another agency's answer)
     * of one to three working days; the same-day and short procedures among them run late. Without it an office
     * staffed for its load had no late dossier at all, and one staffed below it fell behind for good.
     */
    static final int VERIFIED_PER_HUNDRED = 2;

    static final Set<String> EXAMINATIONS = Set.of(
            "Task_CompareWithOriginal",
            "Task_VerifyBirthRegistration",
            "Task_ExamineDossier",
            "Task_ExamineLandDossier");

    /**
     * Threads that work an hour's tasks of one member of staff (-Dreplay.threads), as several people of a department
     * work its queue side by side; by default one for each processor. The arrivals and the timers stay on one thread:
     * each arrival has its own instant on the one sandbox clock.
     */
    static final int THREADS =
            Integer.getInteger("replay.threads", Runtime.getRuntime().availableProcessors());

    /** Scores the lateness forecast as the year goes (-Dreplay.forecast=true; LatenessScore). */
    static final boolean FORECAST = Boolean.getBoolean("replay.forecast");

    /**
     * Whether a handler records each verification he waits for, with the day the answer is expected (POST
     * /api/tasks/{id}/verification), as an office using the forecast does; -Dreplay.record-waits=false replays an
     * office that does not.
     */
    static final boolean RECORD_WAITS = Boolean.parseBoolean(System.getProperty("replay.record-waits", "true"));

    static final double[] WEEKDAY_LOAD = {1.25, 1.05, 1.0, 0.95, 0.75, 1.0, 1.0};

    public static void main(String[] args) {
        BenchApp.main(YearReplay::replay, args);
    }

    static void replay(String[] args) throws Exception {
        String db = args.length > 0 ? args[0] : "h2";
        int perYear = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        int months = args.length > 2 ? Integer.parseInt(args[2]) : 12;
        int year = args.length > 3 ? Integer.parseInt(args[3]) : 2025;
        long t0 = System.nanoTime();
        BenchApp.recreate(db, "motcua_replay");
        // The replay asks for the forecast itself, at its own instants; no scheduled warnings beside it.
        System.setProperty("motcua.forecast.warn-cron", "-");
        // Timers are fired by the replay as its clock passes them, not by a background thread.
        ConfigurableApplicationContext app = BenchApp.start(db, "motcua_replay", "0", false);
        double startSeconds = (System.nanoTime() - t0) / 1e9;
        try {
            Replay replay = new Replay(app, perYear, year);
            System.out.println("Steps an hour (staffing " + STAFFING + "): " + replay.capacity + ", worked on "
                    + THREADS + " thread(s)");
            long t1 = System.nanoTime();
            replay.run(
                    LocalDate.of(year, 1, 1),
                    LocalDate.of(year, 1, 1).plusMonths(months).minusDays(1));
            double seconds = (System.nanoTime() - t1) / 1e9;
            replay.workers.shutdown();
            replay.report(
                    LocalDate.of(year, 1, 1),
                    LocalDate.of(year, 1, 1).plusMonths(months).minusDays(1));
            if (replay.score != null) {
                replay.score.report(replay.clock.now());
            }
            System.out.printf(
                    Locale.ROOT,
                    "%nReplayed %d month(s) of %,d dossiers a year: %,d dossiers, %,d tasks,"
                            + " %,d jobs (timers) in %.1f s wall (application start %.1f s more)%n",
                    months,
                    perYear,
                    replay.intakes,
                    replay.completions,
                    replay.jobs,
                    seconds,
                    startSeconds);
            System.out.printf(Locale.ROOT, "Extrapolated to the whole year: %.1f min%n", seconds * 12 / months / 60);
            if (replay.failures > 0) {
                System.out.printf("%d steps failed (first: %s)%n", replay.failures, replay.firstFailure);
            }
        } finally {
            app.close();
        }
    }

    static final class Replay {
        final DossierService dossiers;
        final TaskWork work;
        final SandboxClock clock;
        final ManagementService management;
        final WorkingCalendar calendar;
        final IndicatorService indicators;
        final JdbcTemplate jdbc;
        final ProcedureCatalog procedures;
        final OfficeHours hours;
        final ZoneId zone;
        final Map<String, Staff> staff = new LinkedHashMap<>();
        final Map<String, Integer> capacity = new LinkedHashMap<>();
        final int perYear;
        final int year;
        final Random random = new Random(766);
        final Random days = new Random(2025);
        final Map<String, Instant> verifiedAt = new HashMap<>();
        final ExecutorService workers = Executors.newFixedThreadPool(THREADS);
        final LatenessScore score;
        int intakes;
        int completions;
        int jobs;
        int failures;
        String firstFailure;

        Replay(ConfigurableApplicationContext app, int perYear, int year) {
            dossiers = app.getBean(DossierService.class);
            work = app.getBean(TaskWork.class);
            clock = app.getBean(SandboxClock.class);
            management = app.getBean(ProcessEngine.class).getManagementService();
            calendar = app.getBean(WorkingCalendar.class);
            indicators = app.getBean(IndicatorService.class);
            jdbc = app.getBean(JdbcTemplate.class);
            procedures = app.getBean(ProcedureCatalog.class);
            hours = app.getBean(OfficeDirectory.class).unit(UNIT).officeHours();
            zone = calendar.zone();
            UserDetailsService users = app.getBean(UserDetailsService.class);
            CAPACITY.forEach((user, perHour) -> {
                staff.put(user, (Staff) users.loadUserByUsername(user));
                capacity.put(user, Math.max(1, (int) Math.round(perHour * STAFFING * perYear / 100_000.0)));
            });
            this.perYear = perYear;
            this.year = year;
            score = FORECAST ? new LatenessScore(app.getBean(LateForecast.class), calendar, hours, jdbc) : null;
        }

        void run(LocalDate from, LocalDate to) {
            // Each working day's share of the year: its weekday's load times its own draw, so that the year brings
            // exactly its size; drawn for every day from 1 January, so that a shorter replay replays the same days.
            Map<LocalDate, Double> share = new LinkedHashMap<>();
            double load = 0;
            for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
                if (calendar.isWorkingDay(d)) {
                    double busy = Math.max(0.5, Math.min(1.6, 1 + DAY_TO_DAY * days.nextGaussian()));
                    share.put(d, WEEKDAY_LOAD[d.getDayOfWeek().ordinal()] * busy);
                    load += share.get(d);
                }
            }
            List<LocalTime> slots = slots();
            long wall = System.nanoTime();
            double carried = 0;
            int month = from.getMonthValue();
            for (LocalDate day : share.keySet()) {
                if (day.isBefore(from) || day.isAfter(to)) {
                    continue;
                }
                if (day.getMonthValue() != month || day.getDayOfWeek() == DayOfWeek.MONDAY) {
                    progress(day.minusDays(1), wall);
                    month = day.getMonthValue();
                }
                carried += perYear * share.get(day) / load;
                int today = (int) carried;
                carried -= today;
                for (int s = 0; s < slots.size(); s++) {
                    Instant start = day.atTime(slots.get(s)).atZone(zone).toInstant();
                    fireTimers(start);
                    if (score != null) {
                        score.check(start);
                    }
                    // Arrivals by working hour: mornings are busier than afternoons.
                    int arrivals = (int) Math.round(today * slotShare(s, slots.size()));
                    for (int a = 0; a < arrivals; a++) {
                        at(start.plusSeconds(3600L * a / Math.max(1, arrivals)));
                        intake();
                    }
                    Instant work = start.plusSeconds(3000);
                    at(work);
                    staff.forEach((user, member) -> workTasks(member, capacity.get(user), work));
                }
            }
            progress(to, wall);
            // The nights and holidays after the last day: the timers that fall due by the end of the period fire.
            fireTimers(to.plusDays(1).atStartOfDay(zone).toInstant());
        }

        void report(LocalDate from, LocalDate to) throws Exception {
            ObjectMapper json = new ObjectMapper()
                    .registerModule(new JavaTimeModule())
                    .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                    .enable(SerializationFeature.INDENT_OUTPUT);
            at(to.plusDays(1).atStartOfDay(zone).toInstant());
            System.out.println("Indicators of " + from + " .. " + to + " (IndicatorService.report):");
            System.out.println(
                    json.writeValueAsString(indicators.report(from.toString(), to.toString(), null, null, null, null)));
            System.out.println("Dossiers by status: "
                    + jdbc.queryForList(
                            "SELECT status, COUNT(*) AS n FROM dossier" + " GROUP BY status ORDER BY status"));
        }

        /** The unit's office hours cut into whole hours. */
        List<LocalTime> slots() {
            List<LocalTime> slots = new ArrayList<>();
            for (LocalTime t = hours.morningStart(); t.isBefore(hours.morningEnd()); t = t.plusHours(1)) {
                slots.add(t);
            }
            for (LocalTime t = hours.afternoonStart(); t.isBefore(hours.afternoonEnd()); t = t.plusHours(1)) {
                slots.add(t);
            }
            return slots;
        }

        /** Share of the day's arrivals in slot {@code s}: the first morning hours bring the most. */
        static double slotShare(int s, int n) {
            double total = 0;
            double mine = 0;
            for (int i = 0; i < n; i++) {
                double w = i < n / 2 ? 1.4 - 0.1 * i : 0.9 - 0.1 * (i - n / 2);
                total += w;
                if (i == s) {
                    mine = w;
                }
            }
            return mine / total;
        }

        void intake() {
            String procedure = pick();
            int channel = random.nextInt(100);
            IntakeRequest.Decision decision =
                    channel < 30 ? null : channel < 31 ? IntakeRequest.Decision.REFUSE : IntakeRequest.Decision.ACCEPT;
            IntakeRequest request = new IntakeRequest(
                    procedure,
                    channel < 30 ? Channel.ONLINE : Channel.DIRECT,
                    new IntakeRequest.Applicant("Nguyễn Văn An", "001085012345", "0912345678", null, "Xã Demo"),
                    List.of(new IntakeRequest.DocumentInput("Tờ khai", random.nextInt(10) < 7)),
                    // A fee due needs its payment method at receipt, online ones too (paid online).
                    procedures.get(procedure).hasFee()
                            ? channel < 30 ? PaymentMethod.CASHLESS : PaymentMethod.CASH
                            : null,
                    decision,
                    decision == IntakeRequest.Decision.REFUSE ? "Không thuộc thẩm quyền" : null,
                    null,
                    null);
            Staff clerk = staff.get("clerk");
            BenchApp.signIn(clerk);
            try {
                dossiers.intake(request, clerk);
                intakes++;
            } catch (RuntimeException e) {
                failed(e);
            }
        }

        String pick() {
            int r = random.nextInt(100);
            for (Map.Entry<String, Integer> e : MIX.entrySet()) {
                r -= e.getValue();
                if (r < 0) {
                    return e.getKey();
                }
            }
            throw new IllegalStateException();
        }

        /**
         * A member of staff works up to their hour's capacity of dossiers: apology letters first (they must go out
         * before the due instant, Decree 61/2018 Art. 19, and an office behind on its queue writes them before
         * anything else; a letter takes half a step's time), then the nearest due first (as the task list
         * orders). The hour's tasks are chosen first, then worked on {@link #THREADS} threads, one dossier's tasks
         * on one thread in the chosen order. A step that fails has still taken its time (the one-thread replay once
         * let the member take a further task instead); no step failed in the whole-year replays that
         * bench/load/README.md reports.
         */
        void workTasks(Staff member, int perHour, Instant now) {
            BenchApp.signIn(member);
            int done = 0;
            List<TaskView> tasks = new ArrayList<>(work.visibleTo(member));
            // Ties broken by the dossier code, not the engine's order of tasks created at the same instant (which
            // differs between databases and runs): the same year replays to the same figures.
            tasks.sort(Comparator.comparing((TaskView t) -> !t.key().equals("Task_IssueApology"))
                    .thenComparing(TaskView::dossierDueAt, Comparator.nullsLast(Comparator.naturalOrder()))
                    .thenComparing(TaskView::dossierCode));
            List<Step> hour = new ArrayList<>();
            for (TaskView task : tasks) {
                if (done >= 4 * perHour) {
                    break;
                }
                if (task.key().equals("Task_IssueApology")
                        && Math.floorMod(task.dossierCode().hashCode(), 10) < 2) {
                    continue; // two apologies in ten are never written: the board shows them as missing
                }
                if (awaitsVerification(task, now, member)) {
                    continue;
                }
                hour.add(new Step(task, completion(task)));
                // A letter is a form, half the time a dossier's step takes.
                done += task.key().equals("Task_IssueApology") ? 2 : 4;
            }
            List<Callable<Integer>> shares = new ArrayList<>();
            for (List<Step> share : shares(hour)) {
                shares.add(() -> {
                    BenchApp.signIn(member);
                    int completed = 0;
                    for (Step step : share) {
                        try {
                            work.complete(step.task().id(), step.completion(), member);
                            completed++;
                        } catch (RuntimeException e) {
                            failed(e);
                        }
                    }
                    return completed;
                });
            }
            try {
                for (Future<Integer> share : workers.invokeAll(shares)) {
                    completions += share.get();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            } catch (ExecutionException e) {
                throw new IllegalStateException(e.getCause());
            }
        }

        /**
         * The hour's steps dealt to the threads, a dossier at a time in turn, so that two steps of one dossier (its
         * apology letter and its hand-back) keep their order and do not wait on each other's lock.
         */
        static List<List<Step>> shares(List<Step> hour) {
            List<List<Step>> shares = new ArrayList<>();
            for (int i = 0; i < Math.min(THREADS, hour.size()); i++) {
                shares.add(new ArrayList<>());
            }
            Map<String, Integer> dealt = new HashMap<>();
            for (Step step : hour) {
                String dossier = step.task().dossierCode() == null
                        ? step.task().id()
                        : step.task().dossierCode();
                shares.get(dealt.computeIfAbsent(dossier, d -> dealt.size() % THREADS))
                        .add(step);
            }
            return shares;
        }

        record Step(TaskView task, TaskCompletion completion) {}

        /**
         * Whether this examination still waits for its verification; the wait starts when it is first seen, and its
         * handler then records it with the instant the answer is expected ({@link #RECORD_WAITS}).
         */
        boolean awaitsVerification(TaskView task, Instant now, Staff member) {
            int draw = Math.floorMod((task.dossierCode() + "/verification").hashCode(), 100 * 3);
            if (!EXAMINATIONS.contains(task.key()) || draw >= VERIFIED_PER_HUNDRED * 3) {
                return false;
            }
            Duration wait = Duration.ofHours(8L * (1 + draw % 3));
            Instant until = verifiedAt.computeIfAbsent(task.id(), id -> {
                Instant answer = calendar.addWorkingTime(now, wait, hours);
                if (RECORD_WAITS) {
                    try {
                        work.awaitVerification(
                                id,
                                new VerificationWait(answer.atZone(zone).toOffsetDateTime(), "Xác minh thông tin"),
                                member);
                    } catch (RuntimeException e) {
                        failed(e);
                    }
                }
                return answer;
            });
            if (now.isBefore(until)) {
                return true;
            }
            verifiedAt.remove(task.id());
            return false;
        }

        TaskCompletion completion(TaskView task) {
            String outcome = task.outcomes().get(0);
            if (task.outcomes().contains("REJECT") && random.nextInt(100) < 2) {
                return new TaskCompletion("REJECT", null, "Không đủ điều kiện", null, null, null, null);
            }
            return switch (outcome) {
                case "RETURNED" ->
                    new TaskCompletion(outcome, null, null, null, "Nguyễn Văn An", 3 + random.nextInt(3), null);
                case "ISSUE_APOLOGY" ->
                    new TaskCompletion(
                            outcome,
                            null,
                            "Chờ xác minh",
                            null,
                            null,
                            null,
                            newAppointment(task.dossierDueAt().toInstant()));
                default -> new TaskCompletion(outcome, null, null, null, null, null, null);
            };
        }

        /**
         * Ten working hours after the original appointment; an instant on the closing of a half-day (12:00, 17:00)
         * is not a working time, so such a result moves a quarter of an hour earlier.
         */
        OffsetDateTime newAppointment(Instant due) {
            OffsetDateTime at = calendar.addWorkingTime(due, Duration.ofHours(10), hours)
                    .atZone(zone)
                    .toOffsetDateTime();
            LocalTime time = at.toLocalTime();
            return time.equals(hours.morningEnd()) || time.equals(hours.afternoonEnd()) ? at.minusMinutes(15) : at;
        }

        /** Moves the clock and executes every job due by then, as the job executor would. */
        void fireTimers(Instant now) {
            at(now);
            SecurityContextHolder.clearContext();
            List<Job> due;
            while (!(due = management.createJobQuery().executable().listPage(0, 200)).isEmpty()) {
                int before = jobs;
                for (Job job : due) {
                    try {
                        management.executeJob(job.getId());
                        jobs++;
                    } catch (RuntimeException e) {
                        failed(e);
                    }
                }
                if (jobs == before) {
                    return; // only failing jobs are left: counted, not retried forever
                }
            }
        }

        void at(Instant now) {
            clock.moveTo(now, true);
        }

        synchronized void failed(RuntimeException e) {
            if (failures++ == 0) {
                firstFailure = e.toString();
            }
        }

        void progress(LocalDate through, long wall) {
            System.out.printf(
                    Locale.ROOT,
                    "through %s: %,d dossiers, %,d tasks, %,d timers, %d failures, %.1f s%n",
                    through,
                    intakes,
                    completions,
                    jobs,
                    failures,
                    (System.nanoTime() - wall) / 1e9);
        }
    }
}
