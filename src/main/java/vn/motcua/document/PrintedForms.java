package vn.motcua.document;

import com.lowagie.text.Image;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.UriComponentsBuilder;
import vn.motcua.common.NotFoundException;
import vn.motcua.common.PublicAddress;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.DossierDocument;
import vn.motcua.dossier.DossierQueries;
import vn.motcua.dossier.DossierView;
import vn.motcua.law.Rule;
import vn.motcua.law.RuleSet;
import vn.motcua.office.Department;
import vn.motcua.office.OfficeDirectory;
import vn.motcua.office.Unit;
import vn.motcua.procedure.Procedure;
import vn.motcua.procedure.ProcedureCatalog;
import vn.motcua.security.Staff;
import vn.motcua.security.StaffRoster;

/**
 * The printed forms of the one-stop desk (Circular 01/2018/TT-VPCP, Phụ lục: Mẫu 01 to Mẫu 05), in Vietnamese, as
 * PDF. Whoever may read the dossier may print its forms; a form whose event has not happened (no refusal, no
 * apology yet) does not exist and answers 404 rather than a blank sheet ({@link DossierForms} decides which exist).
 */
@Service
@Transactional(readOnly = true)
class PrintedForms {

    private static final String DESK = "Bộ phận Tiếp nhận và Trả kết quả";
    private static final String BLANK_DATE = "ngày …… tháng …… năm ……";

    private final DossierQueries queries;
    private final DocumentMapper mapper;
    private final OfficeDirectory office;
    private final ProcedureCatalog procedures;
    private final StaffRoster staff;
    private final FormFonts fonts;
    private final DossierForms existing;
    private final PublicAddress publicAddress;
    private final ZoneId zone;

    PrintedForms(
            DossierQueries queries,
            DocumentMapper mapper,
            OfficeDirectory office,
            ProcedureCatalog procedures,
            FormFonts fonts,
            StaffRoster staff,
            DossierForms existing,
            PublicAddress publicAddress,
            Clock clock) {
        this.queries = queries;
        this.mapper = mapper;
        this.office = office;
        this.procedures = procedures;
        this.fonts = fonts;
        this.staff = staff;
        this.existing = existing;
        this.publicAddress = publicAddress;
        this.zone = clock.getZone();
    }

    /** The form {@code kind} (its slug, e.g. {@code receipt}) of the dossier, as the bytes of a PDF file. */
    byte[] render(String code, String kind, Staff staff) {
        FormKind form = FormKind.bySlug(kind)
                .orElseThrow(() -> new NotFoundException("Unknown form " + kind + "; the forms are "
                        + Arrays.stream(FormKind.values()).map(FormKind::slug).toList()));
        DossierView dossier = queries.view(code, staff);
        RuleSet rules = dossier.ruleSet();
        RuleSet.FormSpec spec = rules.form(form.form())
                .orElseThrow(() -> new NotFoundException(
                        "Dossier " + code + " follows " + rules.basis(Rule.RECEIPT) + ", which has no form " + kind));
        Law law = new Law(rules, spec, form.numberSuffix());
        FormData.DossierRef ref = mapper.dossier(code);
        if (!existing.exists(form, dossier, ref.id())) {
            throw new NotFoundException(absence(form, code));
        }
        // Printed under the name the desk had when the dossier came in, whatever it is called today.
        Unit unit =
                office.unit(ref.unitCode()).named(dossier.places().receiving().unitName());
        // The version the dossier was registered under: its checklist, fee and agencies as the receipt gave them.
        Procedure procedure = procedures.asRegistered(dossier.procedureCode(), ref.procedureVersionId());
        return switch (form) {
            case RECEIPT -> receipt(law, dossier, ref, unit, procedure);
            case SUPPLEMENT_REQUEST -> supplementRequest(law, dossier, ref, unit);
            case REFUSAL -> refusal(law, dossier, ref, unit, procedure);
            case APOLOGY -> apology(law, dossier, ref, unit);
            case STOP_NOTICE -> stopNotice(law, dossier, unit);
            case CONTROL_SHEET -> controlSheet(law, dossier, ref, unit, procedure);
        };
    }

    /** Why the dossier has no such form yet: its event is not in the history. */
    private static String absence(FormKind form, String code) {
        return switch (form) {
            case RECEIPT -> "Dossier " + code + " has not been received yet, so it has no receipt";
            case SUPPLEMENT_REQUEST -> "No supplement was requested for dossier " + code;
            case REFUSAL -> "Dossier " + code + " was not refused, so it has no refusal form";
            case APOLOGY -> "No apology has been issued for dossier " + code;
            case STOP_NOTICE -> "Dossier " + code + " has not been stopped";
            case CONTROL_SHEET -> "Dossier " + code + " has not been received yet, so it has no control sheet";
        };
    }

    /** The rule set of the dossier, and the number and title of the form under it. */
    private record Law(RuleSet rules, RuleSet.FormSpec form, String numberSuffix) {}

    /** Mẫu 01: issued when the desk accepts a complete dossier; the legal clock starts at this receipt. */
    private byte[] receipt(Law law, DossierView d, FormData.DossierRef ref, Unit unit, Procedure procedure) {
        PdfForm pdf = new PdfForm(fonts, law.form().title() + " " + d.code());
        pdf.header(
                law.form(),
                law.numberSuffix(),
                unit.name(),
                DESK,
                d.receivedAt().toLocalDate());
        pdf.title(law.form().title());
        pdf.subtitle("Mã hồ sơ: " + d.code());

        String lookup = UriComponentsBuilder.fromUriString(publicAddress.base())
                .path("/tra-cuu")
                .queryParam("code", d.code())
                .encode()
                .build()
                .toUriString();
        PdfPTable top = new PdfPTable(new float[] {78, 22});
        top.setWidthPercentage(100);
        PdfPCell left = PdfForm.cell();
        left.addElement(new Paragraph(DESK + " " + unit.name(), pdf.normalFont()));
        left.addElement(new Paragraph("Tiếp nhận hồ sơ của: " + d.applicant().fullName(), pdf.normalFont()));
        left.addElement(new Paragraph("Địa chỉ: " + d.applicant().address(), pdf.normalFont()));
        left.addElement(new Paragraph(
                "Số điện thoại: " + d.applicant().phone() + "    Email: "
                        + orBlank(d.applicant().email()),
                pdf.normalFont()));
        left.addElement(new Paragraph("Nội dung yêu cầu giải quyết: " + d.procedureName(), pdf.normalFont()));
        top.addCell(left);
        PdfPCell right = PdfForm.cell();
        Image qr = QrCode.of(lookup, 96, pdf.canvas());
        qr.setAlignment(Image.ALIGN_CENTER);
        right.addElement(qr);
        right.addElement(PdfForm.centred("Quét mã để tra cứu", pdf.italicFont()));
        top.addCell(right);
        pdf.add(top);

        pdf.heading("1. Thành phần hồ sơ nộp gồm:");
        List<List<String>> rows = new ArrayList<>();
        for (DossierDocument document : d.documents()) {
            rows.add(List.of(
                    Integer.toString(document.position()),
                    document.name(),
                    document.digitized() ? "Bản giấy, đã số hóa" : "Bản giấy",
                    "01"));
        }
        pdf.table(new float[] {8, 56, 22, 14}, List.of("TT", "Tên giấy tờ", "Hình thức", "Số lượng"), rows, 0, 3);
        pdf.field("2. Số lượng hồ sơ", "01 (bộ)");
        pdf.field("3. Thời gian giải quyết hồ sơ theo quy định", timeLimit(procedure));
        pdf.field(
                "4. Thời gian nhận hồ sơ",
                VietnameseDates.dateTime(d.receivedAt().toZonedDateTime()));
        pdf.strongField(
                "5. Thời gian trả kết quả giải quyết hồ sơ",
                d.dueAt() == null ? null : VietnameseDates.dateTime(d.dueAt().toZonedDateTime()));
        pdf.field(
                "6. Đăng ký nhận kết quả tại",
                d.channel() == Channel.POSTAL
                        ? "địa chỉ của người nộp, qua dịch vụ bưu chính công ích"
                        : DESK + ", " + unit.name());
        pdf.field("7. Tra cứu tình trạng hồ sơ tại", lookup);
        pdf.text("Vào Sổ theo dõi hồ sơ, Quyển số: ……, Số thứ tự: ……");
        pdf.signatures("NGƯỜI NỘP HỒ SƠ", d.applicant().fullName(), "NGƯỜI TIẾP NHẬN HỒ SƠ", ref.receivedByName());
        pdf.basis(law.rules().basis(Rule.RECEIPT), law.form(), law.rules().circular());
        return pdf.finish();
    }

    /** Mẫu 02: one request that names everything missing, so the citizen is guided once (hướng dẫn một lần). */
    private byte[] supplementRequest(Law law, DossierView d, FormData.DossierRef ref, Unit unit) {
        FormData.SupplementRequest request = mapper.latestSupplementRequest(ref.id());
        PdfForm pdf = new PdfForm(fonts, law.form().title() + " " + d.code());
        pdf.header(law.form(), law.numberSuffix(), unit.name(), DESK, date(request.requestedAt()));
        pdf.title(law.form().title());
        pdf.subtitle("Mã hồ sơ: " + d.code());
        applicant(pdf, d);
        pdf.heading("Yêu cầu hoàn thiện hồ sơ gồm những nội dung như sau:");
        List<String> missing = request.missingDocuments() == null
                ? List.of()
                : Arrays.stream(request.missingDocuments().split(";"))
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .toList();
        pdf.numbered(missing.isEmpty() ? List.of(request.reason()) : missing);
        pdf.strongField("Lý do", request.reason());
        String contact = request.departmentCode() == null
                ? DESK + ", " + unit.name()
                : departmentNames(d).apply(request.departmentCode());
        pdf.text("Trong quá trình hoàn thiện hồ sơ nếu có vướng mắc, ông/bà liên hệ với " + contact
                + " để được hướng dẫn.");
        pdf.signatures(null, null, "NGƯỜI HƯỚNG DẪN", request.requestedByName());
        pdf.basis(
                law.rules().basis(Rule.SUPPLEMENT_AT_DESK),
                law.form(),
                law.rules().circular());
        return pdf.finish();
    }

    /** Mẫu 03: the desk refuses a dossier that is not within its scope or not eligible, and says why. */
    private byte[] refusal(Law law, DossierView d, FormData.DossierRef ref, Unit unit, Procedure procedure) {
        FormData.Refusal refusal = mapper.refusal(ref.id());
        PdfForm pdf = new PdfForm(fonts, law.form().title() + " " + d.code());
        pdf.header(law.form(), law.numberSuffix(), unit.name(), DESK, date(refusal.at()));
        pdf.title(law.form().title());
        pdf.subtitle("Mã hồ sơ: " + d.code());
        applicant(pdf, d);
        String basis = procedure.legalBasis() == null || procedure.legalBasis().isBlank()
                ? "quy định hiện hành về thủ tục " + d.procedureName()
                : procedure.legalBasis();
        pdf.text("Căn cứ quy định tại " + basis + ", " + DESK + " " + unit.name()
                + " từ chối tiếp nhận, giải quyết hồ sơ này vì lý do sau:");
        pdf.strongField("Lý do", refusal.reason());
        pdf.text("Xin thông báo để ông/bà được biết và thực hiện./.");
        pdf.signatures(null, null, "NGƯỜI TIẾP NHẬN HỒ SƠ", refusal.actorName());
        pdf.basis(law.rules().basis(Rule.REFUSAL), law.form(), law.rules().circular());
        return pdf.finish();
    }

    /**
     * Mẫu 04: the department that will be late apologises and gives one new date (Decree 61/2018/NĐ-CP, Art. 20,
     * as amended); the dossier still counts as late against the original appointment.
     */
    private byte[] apology(Law law, DossierView d, FormData.DossierRef ref, Unit unit) {
        FormData.Apology apology = mapper.apology(ref.id());
        String issuer = apology.departmentCode() == null
                ? unit.name()
                : departmentNames(d).apply(apology.departmentCode());
        PdfForm pdf = new PdfForm(fonts, law.form().title() + " " + d.code());
        pdf.header(law.form(), law.numberSuffix(), unit.name(), issuer, date(apology.issuedAt()));
        pdf.title(law.form().title());
        pdf.subtitle("Mã hồ sơ: " + d.code());
        pdf.italicCentred("Kính gửi: Ông/Bà " + d.applicant().fullName());
        String received = d.receivedAt() == null
                ? BLANK_DATE
                : VietnameseDates.date(d.receivedAt().toLocalDate());
        pdf.text(capitalise(received) + ", " + DESK + " " + unit.name() + " tiếp nhận giải quyết hồ sơ của ông/bà "
                + d.applicant().fullName() + ", địa chỉ: " + d.applicant().address() + ".");
        pdf.field("Nội dung yêu cầu giải quyết", d.procedureName());
        pdf.field("Mã hồ sơ", d.code());
        pdf.field("Thời hẹn trả kết quả giải quyết hồ sơ", VietnameseDates.dateTime(at(apology.originalDueAt())));
        pdf.text("Tuy nhiên đến nay, " + issuer + " chưa trả kết quả giải quyết hồ sơ của ông/bà vì lý do:");
        pdf.strongField("Lý do", apology.reason());
        pdf.text("Sự chậm trễ này đã gây phiền hà cho ông/bà. " + issuer + " xin lỗi ông/bà và sẽ trả kết quả giải"
                + " quyết hồ sơ cho ông/bà vào:");
        pdf.strongField("Ngày hẹn trả kết quả mới", VietnameseDates.dateTime(at(apology.newDueAt())));
        pdf.text("Xin trân trọng cảm ơn sự hợp tác của ông/bà./.");
        pdf.signatures(null, null, "THỦ TRƯỞNG CƠ QUAN", apology.issuedByName());
        pdf.basis(law.rules().basis(Rule.APOLOGY), law.form(), law.rules().circular());
        return pdf.finish();
    }

    /**
     * The stop notice (Mẫu 05 of Circular 03/2025/TT-VPCP): the applicant asked to stop while no decision existed, and
     * the desk that received the dossier tells him it is stopped (Decree 118/2025/NĐ-CP, Art. 21; Circular 03, Art. 7).
     */
    private byte[] stopNotice(Law law, DossierView d, Unit unit) {
        DossierView.TimelineEntry stop = DossierForms.stop(d).orElseThrow();
        PdfForm pdf = new PdfForm(fonts, law.form().title() + " " + d.code());
        pdf.header(law.form(), law.numberSuffix(), unit.name(), DESK, stop.at().toLocalDate());
        pdf.title(law.form().title());
        pdf.subtitle("Mã hồ sơ: " + d.code());
        pdf.italicCentred("Kính gửi: Ông/Bà " + d.applicant().fullName());
        pdf.field("Nội dung yêu cầu giải quyết", d.procedureName());
        pdf.field("Ngày nộp hồ sơ", VietnameseDates.dateTime(d.submittedAt().toZonedDateTime()));
        pdf.text(DESK + " " + unit.name() + " thông báo: theo đề nghị của ông/bà, hồ sơ trên được dừng giải quyết từ "
                + VietnameseDates.dateTime(stop.at().toZonedDateTime()) + ".");
        pdf.strongField("Lý do", stop.note());
        pdf.text("Ông/Bà có thể nộp lại hồ sơ khi có nhu cầu./.");
        // The timeline keeps the user name; the notice is signed with the person's name.
        String clerkName = staff.fullName(stop.actor());
        pdf.signatures(null, null, "CÔNG CHỨC TIẾP NHẬN", clerkName == null ? stop.actor() : clerkName);
        pdf.basis(law.rules().basis(Rule.STOP), law.form(), law.rules().circular());
        return pdf.finish();
    }

    /**
     * Mẫu 05: travels with the dossier; each hand-over is one row: who gave, who took, when, and whether that step
     * was early (trước hạn), on time (đúng hạn) or late (quá hạn) against its share of the time limit.
     */
    private byte[] controlSheet(Law law, DossierView d, FormData.DossierRef ref, Unit unit, Procedure procedure) {
        List<FormData.Handover> handovers = mapper.handovers(ref.id());
        PdfForm pdf = new PdfForm(fonts, law.form().title() + " " + d.code());
        pdf.header(
                law.form(),
                law.numberSuffix(),
                unit.name(),
                DESK,
                d.receivedAt().toLocalDate());
        pdf.title(law.form().title());
        pdf.subtitle("Mã hồ sơ: " + d.code());
        pdf.field("Kèm theo hồ sơ của", d.applicant().fullName());
        pdf.field("Nội dung yêu cầu giải quyết", d.procedureName());
        pdf.field("Ngày, giờ nhận", VietnameseDates.dateTime(d.receivedAt().toZonedDateTime()));
        pdf.field(
                "Ngày hẹn trả kết quả",
                d.dueAt() == null ? null : VietnameseDates.dateTime(d.dueAt().toZonedDateTime()));
        Function<String, String> nameOf = departmentNames(d);
        List<String> agencies = procedure.agencies().stream()
                .map(Procedure.Agency::department)
                .distinct()
                .map(nameOf)
                .toList();
        pdf.field("Cơ quan (bộ phận) giải quyết hồ sơ", agencies.isEmpty() ? null : agencies.get(0));
        pdf.field(
                "Cơ quan phối hợp giải quyết hồ sơ",
                agencies.size() < 2 ? "Không" : String.join("; ", agencies.subList(1, agencies.size())));

        List<List<String>> rows = new ArrayList<>();
        String giver = DESK;
        for (FormData.Handover h : handovers) {
            String taker = nameOf.apply(h.departmentCode());
            rows.add(List.of(
                    "1. Giao: " + giver + "\n2. Nhận: " + taker,
                    VietnameseDates.compactDateTime(at(h.takenAt())) + "\nNgười giao: " + orBlank(h.takenFromName())
                            + "\nNgười nhận: " + orBlank(h.handedByName()),
                    timeliness(h.timeliness()),
                    note(h)));
            giver = taker;
        }
        if (rows.isEmpty()) {
            rows.add(List.of("Chưa có lần giao, nhận hồ sơ nào", "", "", ""));
        }
        pdf.table(
                new float[] {27, 29, 19, 25},
                List.of(
                        "TÊN CƠ QUAN",
                        "THỜI GIAN GIAO, NHẬN HỒ SƠ",
                        "KẾT QUẢ GIẢI QUYẾT HỒ SƠ\n(Trước hạn/ Đúng hạn/ Quá hạn)",
                        "GHI CHÚ"),
                rows,
                2);
        pdf.basis(law.rules().basis(Rule.TRANSFER), law.form(), law.rules().circular());
        return pdf.finish();
    }

    private void applicant(PdfForm pdf, DossierView d) {
        pdf.field("Tiếp nhận hồ sơ của", d.applicant().fullName());
        pdf.field("Địa chỉ", d.applicant().address());
        pdf.field("Số điện thoại", d.applicant().phone());
        pdf.field("Email", d.applicant().email());
        pdf.field("Nội dung yêu cầu giải quyết", d.procedureName());
    }

    private String note(FormData.Handover h) {
        List<String> lines = new ArrayList<>();
        if (h.shareDueAt() != null) {
            lines.add("Hạn của bước:\n" + VietnameseDates.compactDateTime(at(h.shareDueAt())));
        }
        if (h.handedAt() != null) {
            lines.add("Đã chuyển:\n" + VietnameseDates.compactDateTime(at(h.handedAt())));
        }
        return String.join("\n", lines);
    }

    /** Labels of Mẫu 05; a step still in hand has no result yet. */
    static String timeliness(String value) {
        if (value == null) {
            return "Đang giải quyết";
        }
        return switch (value) {
            case "EARLY" -> "Trước hạn";
            case "ON_TIME" -> "Đúng hạn";
            case "LATE" -> "Quá hạn";
            default -> value;
        };
    }

    static String timeLimit(Procedure procedure) {
        if (procedure.sameDay()) {
            return "Trong ngày (nhận sau 15 giờ thì trả trong ngày làm việc tiếp theo)";
        }
        if (procedure.processingHours() != null) {
            return String.format("%02d giờ làm việc", procedure.processingHours());
        }
        return String.format("%02d ngày làm việc", procedure.processingDays());
    }

    /**
     * The departments under the names they had when the dossier was registered (its agency chain keeps them), so a
     * form printed after a rename or a merge says what the citizen was told; a department outside the chain, under
     * today's name.
     */
    private Function<String, String> departmentNames(DossierView d) {
        Map<String, String> named = new HashMap<>();
        d.controlSheet().forEach(row -> named.putIfAbsent(row.department(), row.departmentName()));
        return code -> named.containsKey(code)
                ? named.get(code)
                : office.department(code).map(Department::name).orElse(code);
    }

    private LocalDate date(Instant instant) {
        return instant.atZone(zone).toLocalDate();
    }

    private ZonedDateTime at(Instant instant) {
        return instant.atZone(zone);
    }

    private static String orBlank(String value) {
        return value == null || value.isBlank() ? "……" : value;
    }

    private static String capitalise(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
