package vn.motcua.calendar;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.Arrays;
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
 * Public holidays and make-up working days (ngày làm bù) of civil servants, one YAML file a year under
 * {@code config/calendar/}.
 *
 * <p>The holidays themselves are fixed by the Labour Code 2019, Art. 112 (Tết Dương lịch, Tết Nguyên đán, Giỗ Tổ
 * Hùng Vương, 30/4, 1/5, Quốc khánh 2/9 and an adjacent day), with a compensatory day when one falls on a
 * weekend (Art. 111(3)). Which days civil servants actually take off, and which Saturdays they work instead, is
 * decided every year by the Prime Minister and announced by the Ministry (LĐTBXH until 2025, Nội vụ since),
 * so an administrator edits the files rather than the code. Each file names its sources.
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
    private final Set<Integer> warnedYears = ConcurrentHashMap.newKeySet();

    /**
     * Loads every file matching a Spring resource pattern.
     *
     * @param pattern e.g. {@code file:./config/calendar/holidays-*.yml}
     * @throws IllegalStateException if no file matches, or a file is malformed or contradicts another
     */
    public HolidayCalendar(
            @Value("${motcua.calendar.holidays:file:./config/calendar/holidays-*.yml}") String pattern) {
        Resource[] resources = resolve(pattern);
        Map<LocalDate, String> holidayMap = new HashMap<>();
        Map<LocalDate, String> makeUpMap = new HashMap<>();
        Set<Integer> yearSet = new TreeSet<>();
        Arrays.sort(resources, Comparator.comparing(Resource::getDescription));
        for (Resource resource : resources) {
            HolidayFile file = read(resource);
            if (!yearSet.add(file.year())) {
                throw malformed(resource, "year " + file.year() + " is already defined by another file");
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
                throw new IllegalStateException("Holiday calendar " + pattern + ": " + date
                        + " is both a holiday and a make-up working day");
            }
        }
        this.holidays = Map.copyOf(holidayMap);
        this.makeUpWorkingDays = Map.copyOf(makeUpMap);
        this.years = Set.copyOf(yearSet);
        log.info("Holiday calendar: {} holidays and {} make-up working days for years {} from {}",
                holidays.size(), makeUpWorkingDays.size(), yearSet, pattern);
    }

    /** Whether civil servants are off on this date (including weekend days listed inside a holiday range). */
    public boolean isHoliday(LocalDate date) {
        warnIfUncovered(date);
        return holidays.containsKey(date);
    }

    /** Whether this date is a weekend day that the government has declared a working day. */
    public boolean isMakeUpWorkingDay(LocalDate date) {
        warnIfUncovered(date);
        return makeUpWorkingDays.containsKey(date);
    }

    /** The holiday's Vietnamese name, e.g. "Tết Nguyên đán". */
    public Optional<String> holidayName(LocalDate date) {
        return Optional.ofNullable(holidays.get(date));
    }

    /** The make-up working day's Vietnamese name, e.g. "Làm bù cho ngày nghỉ 02/5/2025". */
    public Optional<String> makeUpWorkingDayName(LocalDate date) {
        return Optional.ofNullable(makeUpWorkingDays.get(date));
    }

    /** Whether a file for this year was loaded; without one, only weekends are days off. */
    public boolean covers(int year) {
        return years.contains(year);
    }

    private void warnIfUncovered(LocalDate date) {
        // Deadlines must still be computed in a year nobody has entered yet, but the office must hear about it.
        if (!years.contains(date.getYear()) && warnedYears.add(date.getYear())) {
            log.warn("No holiday file for {}: counting only weekends as days off. Add config/calendar/holidays-{}.yml",
                    date.getYear(), date.getYear());
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
            throw new IllegalStateException("No holiday file matches " + pattern
                    + " (property motcua.calendar.holidays)");
        }
        return resources;
    }

    private static HolidayFile read(Resource resource) {
        HolidayFile file;
        try (InputStream in = resource.getInputStream()) {
            file = YAML.readValue(in, HolidayFile.class);
        } catch (IOException e) {
            throw new IllegalStateException("Malformed holiday file " + resource.getDescription() + ": "
                    + e.getMessage(), e);
        }
        if (file == null || file.year() == null) {
            throw malformed(resource, "missing 'year'");
        }
        return file;
    }

    private static void putOnce(Map<LocalDate, String> map, LocalDate date, String name, Resource resource,
            String kind) {
        if (map.putIfAbsent(date, name) != null) {
            throw malformed(resource, date + " is listed twice as a " + kind);
        }
    }

    private static IllegalStateException malformed(Resource resource, String problem) {
        return new IllegalStateException("Malformed holiday file " + resource.getDescription() + ": " + problem);
    }

    /** One file: {@code year}, {@code holidays} and {@code makeUpWorkingDays}. */
    record HolidayFile(Integer year, List<Entry> holidays, List<Entry> makeUpWorkingDays) {
        HolidayFile {
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
