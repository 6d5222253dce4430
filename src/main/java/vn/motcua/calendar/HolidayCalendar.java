package vn.motcua.calendar;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Public holidays and make-up working days (ngày làm bù) of civil servants: the statutory days computed for any
 * year, and what the government decides on top, one YAML file a year under {@code config/calendar/}.
 *
 * <p>The holidays themselves are fixed by the Labour Code 2019, Art. 112(1) (Tết Dương lịch, Tết Nguyên đán, Giỗ
 * Tổ Hùng Vương, 30/4, 1/5, Quốc khánh 2/9 and an adjacent day), with a compensatory day when one falls on a
 * weekend (Art. 111(3)); {@link StatutoryHolidays} computes them for every year, so a year nobody has entered still
 * never has a due date on a holiday. Which five days make up Tết and which day joins 2/9 (Art. 112(3)), and which
 * days are swapped for Saturdays, is decided every year by the Prime Minister and announced by the Ministry
 * (LĐTBXH until 2025, Nội vụ since), so an administrator edits the files rather than the code. Each file names its
 * sources.
 *
 * <p>How they combine, for a year:
 * <ul>
 * <li>decided (its file is loaded and does not say {@code decided: false}): the fixed-date statutory days and their
 * compensation ({@link StatutoryHolidays#fixed}) ∪ the file's holidays, minus the file's make-up working days. Tết
 * and the day next to 2/9 come from the file alone, as the Prime Minister decided them.</li>
 * <li>undecided (no file, or {@code decided: false}): every day that is or may become a statutory day off
 * ({@link StatutoryHolidays#undecided}) ∪ whatever the file already lists, minus its make-up working days.
 * {@link #isDecided} and {@link #undecidedYears} let the app say so.</li>
 * </ul>
 *
 * <p>The files are read once at start-up; a malformed file stops the application, because a silently missing
 * holiday would move every appointment date printed on a receipt.
 */
@Component
public class HolidayCalendar {

    private static final Logger log = LoggerFactory.getLogger(HolidayCalendar.class);

    private static final ObjectMapper YAML = YAMLMapper.builder()
            .addModule(new JavaTimeModule())
            // A misspelt key ("form:" for "from:") must fail rather than drop a holiday without a word.
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private final Map<LocalDate, String> holidays;
    private final Map<LocalDate, String> makeUpWorkingDays;
    private final Set<Integer> years;
    private final Set<Integer> decidedYears;
    private final Map<Integer, Map<LocalDate, String>> statutoryByYear = new ConcurrentHashMap<>();
    private final Set<Integer> warnedYears = ConcurrentHashMap.newKeySet();

    /**
     * Loads every file matching a Spring resource pattern.
     *
     * @param pattern e.g. {@code file:./config/calendar/holidays-*.yml}
     * @throws IllegalStateException if no file matches, or a file is malformed or contradicts another
     */
    public HolidayCalendar(@Value("${motcua.calendar.holidays:file:./config/calendar/holidays-*.yml}") String pattern) {
        Resource[] resources = resolve(pattern);
        Map<LocalDate, String> holidayMap = new HashMap<>();
        Map<LocalDate, String> makeUpMap = new HashMap<>();
        Set<Integer> yearSet = new TreeSet<>();
        Set<Integer> decidedSet = new TreeSet<>();
        Arrays.sort(resources, Comparator.comparing(Resource::getDescription));
        for (Resource resource : resources) {
            HolidayFile file = read(resource);
            if (!yearSet.add(file.year())) {
                throw malformed(resource, "year " + file.year() + " is already defined by another file");
            }
            if (file.decided()) {
                decidedSet.add(file.year());
            }
            for (Entry entry : file.holidays()) {
                for (LocalDate date : entry.dates(resource)) {
                    putOnce(holidayMap, date, entry.name(), resource, "holiday");
                }
            }
            for (Entry entry : file.makeUpWorkingDays()) {
                for (LocalDate date : entry.dates(resource)) {
                    putOnce(makeUpMap, date, entry.name(), resource, "make-up working day");
                }
            }
        }
        for (LocalDate date : makeUpMap.keySet()) {
            if (holidayMap.containsKey(date)) {
                throw new IllegalStateException(
                        "Holiday calendar " + pattern + ": " + date + " is both a holiday and a make-up working day");
            }
        }
        this.holidays = Map.copyOf(holidayMap);
        this.makeUpWorkingDays = Map.copyOf(makeUpMap);
        this.years = Set.copyOf(yearSet);
        this.decidedYears = Set.copyOf(decidedSet);
        log.info(
                "Holiday calendar: {} holidays and {} make-up working days for years {} (decided: {}) from {};"
                        + " statutory holidays computed for every year",
                holidays.size(),
                makeUpWorkingDays.size(),
                yearSet,
                decidedSet,
                pattern);
    }

    /**
     * Whether civil servants are off on this date: a statutory holiday or its compensation (Labour Code 2019,
     * Art. 111(3) and 112), a day off of the year's file (including weekend days listed inside a holiday range),
     * or in an undecided year a day that may turn out to be off; never a make-up working day of the file.
     */
    public boolean isHoliday(LocalDate date) {
        warnIfUndecided(date);
        if (makeUpWorkingDays.containsKey(date)) {
            return false;
        }
        return holidays.containsKey(date) || statutory(date.getYear()).containsKey(date);
    }

    /**
     * Whether the year's file makes this date a working day: a weekend day the government has swapped in, or a
     * statutory compensatory day a decision has moved elsewhere.
     */
    public boolean isMakeUpWorkingDay(LocalDate date) {
        warnIfUndecided(date);
        return makeUpWorkingDays.containsKey(date);
    }

    /** The holiday's Vietnamese name, e.g. "Tết Nguyên đán"; the file's name wins over the statutory one. */
    public Optional<String> holidayName(LocalDate date) {
        if (makeUpWorkingDays.containsKey(date)) {
            return Optional.empty();
        }
        String fromFile = holidays.get(date);
        return Optional.ofNullable(
                fromFile != null ? fromFile : statutory(date.getYear()).get(date));
    }

    /** The make-up working day's Vietnamese name, e.g. "Làm bù cho ngày nghỉ 02/5/2025". */
    public Optional<String> makeUpWorkingDayName(LocalDate date) {
        return Optional.ofNullable(makeUpWorkingDays.get(date));
    }

    /** Whether a file for this year was loaded, decided or not. */
    public boolean covers(int year) {
        return years.contains(year);
    }

    /**
     * Whether the government's decision for this year (the Tết span and the day next to 2/9, Labour Code 2019,
     * Art. 112(3), and any swaps) is loaded: a file for the year that does not say {@code decided: false}.
     */
    public boolean isDecided(int year) {
        return decidedYears.contains(year);
    }

    /** The years from {@code from} to {@code to} (inclusive, either order) without a decision, in order. */
    public Set<Integer> undecidedYears(LocalDate from, LocalDate to) {
        int first = Math.min(from.getYear(), to.getYear());
        int last = Math.max(from.getYear(), to.getYear());
        Set<Integer> undecided = new TreeSet<>();
        for (int year = first; year <= last; year++) {
            if (!isDecided(year)) {
                undecided.add(year);
            }
        }
        return Collections.unmodifiableSet(undecided);
    }

    private Map<LocalDate, String> statutory(int year) {
        return statutoryByYear.computeIfAbsent(
                year, y -> decidedYears.contains(y) ? StatutoryHolidays.fixed(y) : StatutoryHolidays.undecided(y));
    }

    private void warnIfUndecided(LocalDate date) {
        // Deadlines must still be computed in a year nobody has entered yet, but the office must hear about it.
        if (!decidedYears.contains(date.getYear()) && warnedYears.add(date.getYear())) {
            log.warn(
                    "No decided holiday file for {}: counting the statutory holidays of the Labour Code 2019"
                            + " (Art. 112) with both possible Quốc khánh days and reserved days around Tết."
                            + " Add the decision to config/calendar/holidays-{}.yml",
                    date.getYear(),
                    date.getYear());
        }
    }

    private static Resource[] resolve(String pattern) {
        Resource[] resources;
        try {
            resources = new PathMatchingResourcePatternResolver().getResources(pattern);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot list holiday files " + pattern, e);
        }
        // Without any file every weekday would be a working day, and Tết would be counted in every limit.
        if (resources.length == 0 || Arrays.stream(resources).noneMatch(Resource::exists)) {
            throw new IllegalStateException(
                    "No holiday file matches " + pattern + " (property motcua.calendar.holidays)");
        }
        return resources;
    }

    private static HolidayFile read(Resource resource) {
        HolidayFile file;
        try (InputStream in = resource.getInputStream()) {
            file = YAML.readValue(in, HolidayFile.class);
        } catch (IOException e) {
            throw new IllegalStateException(
                    "Malformed holiday file " + resource.getDescription() + ": " + e.getMessage(), e);
        }
        if (file == null || file.year() == null) {
            throw malformed(resource, "missing 'year'");
        }
        return file;
    }

    private static void putOnce(
            Map<LocalDate, String> map, LocalDate date, String name, Resource resource, String kind) {
        if (map.putIfAbsent(date, name) != null) {
            throw malformed(resource, date + " is listed twice as a " + kind);
        }
    }

    private static IllegalStateException malformed(Resource resource, String problem) {
        return new IllegalStateException("Malformed holiday file " + resource.getDescription() + ": " + problem);
    }

    /**
     * One file: {@code year}, {@code decided} (default true: the files before 2027 all carry a decision),
     * {@code holidays} and {@code makeUpWorkingDays}.
     */
    record HolidayFile(Integer year, Boolean decided, List<Entry> holidays, List<Entry> makeUpWorkingDays) {
        HolidayFile {
            decided = decided == null || decided;
            holidays = holidays == null ? List.of() : holidays;
            makeUpWorkingDays = makeUpWorkingDays == null ? List.of() : makeUpWorkingDays;
        }
    }

    /** A single {@code date}, or an inclusive {@code from}–{@code to} range, with a name. */
    record Entry(LocalDate date, LocalDate from, LocalDate to, String name) {

        List<LocalDate> dates(Resource resource) {
            if (name == null || name.isBlank()) {
                throw malformed(resource, "entry " + this + " has no name");
            }
            if (date != null && from == null && to == null) {
                return List.of(date);
            }
            if (date == null && from != null && to != null && !to.isBefore(from)) {
                return from.datesUntil(to.plusDays(1)).toList();
            }
            throw malformed(resource, "entry '" + name + "' needs either 'date' or 'from' <= 'to'");
        }
    }
}
