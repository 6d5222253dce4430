package vn.motcua.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.validation.BindingResult;
import vn.motcua.office.UnitKind;
import vn.motcua.procedure.HandlingTemplate;
import vn.motcua.procedure.Procedure;
import vn.motcua.procedure.ProcedureDraft;

/**
 * The procedure form of the administrator's pages, as typed: the checklist one document a line, the agencies one a
 * line as {@code where; department; share in working days}, where {@code where} is a kind of unit (COMMUNE,
 * PROVINCE: the unit that resolves the dossier) or a unit's code (a fixed agency).
 */
public class ProcedureForm {

    public static final String WORKING_DAYS = "WORKING_DAYS";
    public static final String WORKING_HOURS = "WORKING_HOURS";
    public static final String SAME_DAY = "SAME_DAY";

    private String code;
    private String nationalCode;
    private String name;
    private String field;
    private String level = "XA";
    private String limitKind = WORKING_DAYS;
    private String limitValue;
    private String fee = "0";
    private String documents;
    private String agencies;
    private String template = HandlingTemplate.ONE_DEPARTMENT.name();
    private String processKey;
    private String effectiveFrom;
    private String legalBasis;

    /** The form filled in with a version, to be changed into the next one from {@code effectiveFrom}. */
    static ProcedureForm of(Procedure p, LocalDate effectiveFrom) {
        ProcedureForm form = new ProcedureForm();
        form.code = p.code();
        form.nationalCode = p.nationalCode();
        form.name = p.name();
        form.field = p.field();
        form.level = p.level();
        if (p.sameDay()) {
            form.limitKind = SAME_DAY;
        } else if (p.processingHours() != null) {
            form.limitKind = WORKING_HOURS;
            form.limitValue = p.processingHours().toString();
        } else {
            form.limitValue = p.processingDays().toString();
        }
        form.fee = p.fee().toPlainString();
        form.documents = String.join("\n", p.documents());
        form.agencies = p.agencies().stream().map(ProcedureForm::agencyLine).collect(Collectors.joining("\n"));
        form.template = p.template().name();
        form.processKey = p.template() == HandlingTemplate.CUSTOM ? p.processKey() : null;
        form.effectiveFrom = effectiveFrom.toString();
        form.legalBasis = p.legalBasis();
        return form;
    }

    private static String agencyLine(Procedure.Agency a) {
        String where = a.unit() != null
                ? a.unit()
                : a.unitKind() != null ? a.unitKind().name() : "";
        String share = a.shareDays() != null ? "; " + a.shareDays() : "";
        return where + "; " + a.department() + share;
    }

    /**
     * The draft the service checks; what cannot even be read (a fee that is not a number, a date, an agency line)
     * is marked on the form here, and the draft is {@code null}.
     */
    ProcedureDraft toDraft(BindingResult result) {
        Integer value = null;
        if (!SAME_DAY.equals(limitKind)) {
            try {
                value = Integer.valueOf(limitValue == null ? "" : limitValue.strip());
            } catch (NumberFormatException e) {
                result.rejectValue(
                        "limitValue", "invalid", new Object[] {"must be a whole number"}, "must be a whole number");
            }
        }
        BigDecimal money = null;
        try {
            money = new BigDecimal(
                    fee == null || fee.isBlank() ? "0" : fee.strip().replace(".", ""));
        } catch (NumberFormatException e) {
            result.rejectValue(
                    "fee",
                    "invalid",
                    new Object[] {"must be a whole number of đồng"},
                    "must be a whole number of đồng");
        }
        LocalDate from = null;
        try {
            from = effectiveFrom == null || effectiveFrom.isBlank() ? null : LocalDate.parse(effectiveFrom.strip());
        } catch (DateTimeParseException e) {
            result.rejectValue("effectiveFrom", "invalid", new Object[] {"must be a date"}, "must be a date");
        }
        List<ProcedureDraft.AgencyDraft> chain = new ArrayList<>();
        for (String line : lines(agencies)) {
            String[] parts = line.split(";", -1);
            if (parts.length < 2 || parts.length > 3) {
                result.rejectValue(
                        "agencies",
                        "invalid",
                        new Object[] {"each line: where; department; share in working days"},
                        "each line: where; department; share in working days");
                break;
            }
            String where = parts[0].strip();
            boolean kind =
                    Arrays.stream(UnitKind.values()).anyMatch(k -> k.name().equals(where));
            Integer share = null;
            if (parts.length == 3 && !parts[2].isBlank()) {
                try {
                    share = Integer.valueOf(parts[2].strip());
                } catch (NumberFormatException e) {
                    result.rejectValue(
                            "agencies",
                            "invalid",
                            new Object[] {"the share is a whole number of working days"},
                            "the share is a whole number of working days");
                    break;
                }
            }
            chain.add(new ProcedureDraft.AgencyDraft(
                    kind ? where : null, kind || where.isEmpty() ? null : where, parts[1].strip(), share, null));
        }
        if (result.hasErrors()) {
            return null;
        }
        return new ProcedureDraft(
                code,
                nationalCode,
                name,
                field,
                level,
                new ProcedureDraft.TimeLimitDraft(
                        WORKING_DAYS.equals(limitKind) ? value : null,
                        WORKING_HOURS.equals(limitKind) ? value : null,
                        SAME_DAY.equals(limitKind) ? Boolean.TRUE : null),
                money,
                lines(documents),
                chain,
                template,
                processKey,
                from,
                legalBasis);
    }

    /** The form's field that shows a service's error: {@code agencies[1].unitCode} → {@code agencies}. */
    static String formField(String field) {
        String top = field.replaceAll("[\\[.].*$", "");
        return switch (top) {
            case "timeLimit" -> "limitValue";
            case "body" -> "name";
            default -> top;
        };
    }

    private static List<String> lines(String text) {
        return text == null
                ? List.of()
                : text.lines()
                        .map(String::strip)
                        .filter(line -> !line.isEmpty())
                        .toList();
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getNationalCode() {
        return nationalCode;
    }

    public void setNationalCode(String nationalCode) {
        this.nationalCode = nationalCode;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getField() {
        return field;
    }

    public void setField(String field) {
        this.field = field;
    }

    public String getLevel() {
        return level;
    }

    public void setLevel(String level) {
        this.level = level;
    }

    public String getLimitKind() {
        return limitKind;
    }

    public void setLimitKind(String limitKind) {
        this.limitKind = limitKind;
    }

    public String getLimitValue() {
        return limitValue;
    }

    public void setLimitValue(String limitValue) {
        this.limitValue = limitValue;
    }

    public String getFee() {
        return fee;
    }

    public void setFee(String fee) {
        this.fee = fee;
    }

    public String getDocuments() {
        return documents;
    }

    public void setDocuments(String documents) {
        this.documents = documents;
    }

    public String getAgencies() {
        return agencies;
    }

    public void setAgencies(String agencies) {
        this.agencies = agencies;
    }

    public String getTemplate() {
        return template;
    }

    public void setTemplate(String template) {
        this.template = template;
    }

    public String getProcessKey() {
        return processKey;
    }

    public void setProcessKey(String processKey) {
        this.processKey = processKey;
    }

    public String getEffectiveFrom() {
        return effectiveFrom;
    }

    public void setEffectiveFrom(String effectiveFrom) {
        this.effectiveFrom = effectiveFrom;
    }

    public String getLegalBasis() {
        return legalBasis;
    }

    public void setLegalBasis(String legalBasis) {
        this.legalBasis = legalBasis;
    }
}
