package vn.motcua.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import vn.motcua.common.NotFoundException;
import vn.motcua.dossier.DossierView;
import vn.motcua.office.Department;
import vn.motcua.office.OfficeDirectory;
import vn.motcua.office.Unit;
import vn.motcua.portal.PortalClients;
import vn.motcua.procedure.Procedure;
import vn.motcua.procedure.ProcedureCatalog;
import vn.motcua.security.CurrentStaff;
import vn.motcua.security.Staff;
import vn.motcua.security.StaffRoster;

/**
 * What a code means to the person reading the page: a status, channel, outcome, timeliness or payment method as
 * words of his language (message {@code <family>.<CODE>}), a unit, department, procedure or member of staff by name.
 * The API keeps the codes; only pages go through here.
 */
@Component("words")
public class PageWords {

    /** The families of codes a timeline note may carry, in the order a code is looked up. */
    private static final List<String> NOTE_CODES = List.of("outcome", "channel", "status", "timeliness", "payment");

    /** A code as the engine and the services write them: capitals and underscores. */
    private static final Pattern CODE = Pattern.compile("\\b[A-Z][A-Z0-9_]*[A-Z0-9]\\b");

    private static final String NONE = "—";

    /** How the timeline names a dossier the public-service portal sent: {@code portal:<client id>}. */
    private static final String PORTAL = "portal:";

    private final MessageSource messages;
    private final OfficeDirectory office;
    private final ProcedureCatalog procedures;
    private final StaffRoster staff;
    private final PageDates dates;
    private final PortalClients portals;

    PageWords(
            MessageSource messages,
            OfficeDirectory office,
            ProcedureCatalog procedures,
            StaffRoster staff,
            PageDates dates,
            PortalClients portals) {
        this.messages = messages;
        this.office = office;
        this.procedures = procedures;
        this.staff = staff;
        this.dates = dates;
        this.portals = portals;
    }

    /** A code of a family ({@code status}, {@code channel}, ...) in words; an unknown code as it is. */
    public String code(String family, Object code) {
        if (code == null) {
            return NONE;
        }
        String text = code.toString();
        return messages.getMessage(family + "." + text, null, text, LocaleContextHolder.getLocale());
    }

    /** A member of staff by his full name; the system (timers, the portal) as the office calls it. */
    public String person(String username) {
        if (username == null || username.isBlank()) {
            return NONE;
        }
        if (CurrentStaff.SYSTEM.equals(username)) {
            return messages.getMessage("actor.system", null, username, LocaleContextHolder.getLocale());
        }
        if (username.startsWith(PORTAL)) {
            return portalName(username.substring(PORTAL.length()));
        }
        String name = staff.fullName(username);
        return name == null || name.isBlank() ? username : name;
    }

    /** Who is signed in, by the full name his session carries. */
    public String signedIn() {
        return CurrentStaff.get()
                .map(Staff::fullName)
                .filter(name -> !name.isBlank())
                .orElseGet(() -> CurrentStaff.get().map(Staff::username).orElse(NONE));
    }

    public String unit(String code) {
        if (code == null || code.isBlank()) {
            return NONE;
        }
        return office.findUnit(code).map(Unit::name).orElse(code);
    }

    public String department(String code) {
        if (code == null || code.isBlank()) {
            return NONE;
        }
        return office.department(code).map(Department::name).orElse(code);
    }

    public String procedure(String code) {
        if (code == null || code.isBlank()) {
            return NONE;
        }
        return procedures.find(code).map(Procedure::name).orElse(code);
    }

    /**
     * A department as the dossier knew it: the name it had when the dossier was registered (its control sheet),
     * today's name for a department the sheet does not list.
     */
    public String department(DossierView dossier, String code) {
        if (code == null || code.isBlank()) {
            return NONE;
        }
        String ofTheDay = namesOfTheDay(dossier).get(code);
        return ofTheDay != null ? ofTheDay : department(code);
    }

    /**
     * A timeline note as words: its dates the desk's way, the codes of outcomes, channels and statuses as words,
     * its department codes as the dossier's names for them. The stored note stays as written.
     */
    public String note(DossierView dossier, String note) {
        if (note == null || note.isBlank()) {
            return note;
        }
        String text = dates.inText(note);
        Map<String, String> departments = new HashMap<>(namesOfTheDay(dossier));
        if (dossier != null) {
            dossier.timeline().stream()
                    .map(DossierView.TimelineEntry::department)
                    .filter(d -> d != null && !departments.containsKey(d))
                    .distinct()
                    .forEach(d -> departments.put(d, department(d)));
        }
        for (Map.Entry<String, String> d : departments.entrySet()) {
            text = text.replaceAll(
                    "(?<![\\p{L}\\p{N}_-])" + Pattern.quote(d.getKey()) + "(?![\\p{L}\\p{N}_-])",
                    Matcher.quoteReplacement(d.getValue()));
        }
        Matcher code = CODE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (code.find()) {
            code.appendReplacement(out, Matcher.quoteReplacement(noteCode(code.group())));
        }
        code.appendTail(out);
        return out.toString();
    }

    private String portalName(String clientId) {
        try {
            return portals.get(clientId).name();
        } catch (NotFoundException gone) {
            return clientId;
        }
    }

    private String noteCode(String code) {
        for (String family : NOTE_CODES) {
            String word = messages.getMessage(family + "." + code, null, null, LocaleContextHolder.getLocale());
            if (word != null) {
                return word;
            }
        }
        return code;
    }

    private static Map<String, String> namesOfTheDay(DossierView dossier) {
        Map<String, String> names = new HashMap<>();
        if (dossier == null) {
            return names;
        }
        for (DossierView.ControlSheetRow row : dossier.controlSheet()) {
            if (row.department() != null && row.departmentName() != null) {
                names.putIfAbsent(row.department(), row.departmentName());
            }
        }
        return names;
    }
}
