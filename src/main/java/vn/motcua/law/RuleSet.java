package vn.motcua.law;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * The law that governs a dossier: the rules in force on the day it was received (or, for a dossier never received,
 * submitted), kept for its whole life. Decree 61/2018/NĐ-CP (as amended by Decree 107/2021/NĐ-CP) with the forms of
 * Circular 01/2018/TT-VPCP until 30 June 2025; from 1 July 2025 Decree 118/2025/NĐ-CP with the forms of Circular
 * 03/2025/TT-VPCP (Phụ lục I: seven forms, the stop notice new as Mẫu 05). Articles and how sure each is:
 * docs/domain.md and docs/legal-research.md.
 */
public enum RuleSet {
    DECREE_61_2018(
            "Nghị định số 61/2018/NĐ-CP, được sửa đổi, bổ sung bởi Nghị định số 107/2021/NĐ-CP",
            "Thông tư số 01/2018/TT-VPCP",
            Map.of(
                    Form.RECEIPT, new FormSpec(1, "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ"),
                    Form.SUPPLEMENT_REQUEST, new FormSpec(2, "PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ"),
                    Form.REFUSAL, new FormSpec(3, "PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ"),
                    Form.APOLOGY, new FormSpec(4, "PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ"),
                    Form.CONTROL_SHEET, new FormSpec(5, "PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ"),
                    Form.TRACKING_BOOK, new FormSpec(6, "SỔ THEO DÕI HỒ SƠ")),
            Map.of(
                    Rule.TRANSFER, "Điều 19",
                    Rule.SUPPLEMENT_AT_DESK, "Điều 18",
                    Rule.REFUSAL, "Điều 18",
                    Rule.RECEIPT, "Điều 18",
                    Rule.SUPPLEMENT_IN_HANDLING, "Điều 20",
                    Rule.APOLOGY, "Điều 20",
                    Rule.REJECTION, "Điều 20",
                    Rule.RETURN, "Điều 21")),
    DECREE_118_2025(
            "Nghị định số 118/2025/NĐ-CP",
            "Thông tư số 03/2025/TT-VPCP",
            Map.of(
                    Form.RECEIPT, new FormSpec(1, "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ"),
                    Form.SUPPLEMENT_REQUEST, new FormSpec(2, "PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ"),
                    Form.REFUSAL, new FormSpec(3, "PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ"),
                    Form.APOLOGY, new FormSpec(4, "VĂN BẢN XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN THỜI GIAN GIẢI QUYẾT"),
                    Form.STOP_NOTICE, new FormSpec(5, "THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ"),
                    Form.CONTROL_SHEET, new FormSpec(6, "PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ"),
                    Form.TRACKING_BOOK, new FormSpec(7, "SỔ THEO DÕI HỒ SƠ")),
            Map.of(
                    Rule.RECEIPT, "Điều 17",
                    Rule.SUPPLEMENT_AT_DESK, "Điều 17",
                    Rule.REFUSAL, "Điều 17",
                    Rule.TRANSFER, "Điều 18",
                    Rule.STOP, "Điều 21"));

    /** The day Decree 118/2025/NĐ-CP came into force, with the two-tier local government. */
    public static final LocalDate DECREE_118_IN_FORCE = LocalDate.of(2025, 7, 1);

    private final String decree;
    private final String circular;
    private final Map<Form, FormSpec> forms;
    private final Map<Rule, String> articles;

    RuleSet(String decree, String circular, Map<Form, FormSpec> forms, Map<Rule, String> articles) {
        this.decree = decree;
        this.circular = circular;
        this.forms = forms;
        this.articles = articles;
    }

    /** The rules of a dossier received (or, never received, submitted) on this day of the office's calendar. */
    public static RuleSet on(LocalDate day) {
        return day.isBefore(DECREE_118_IN_FORCE) ? DECREE_61_2018 : DECREE_118_2025;
    }

    /** The number and title of a form under these rules; empty where the rules have no such form. */
    public Optional<FormSpec> form(Form form) {
        return Optional.ofNullable(forms.get(form));
    }

    /**
     * The legal basis of a step as the timeline and the forms cite it: the decree's article where it is known, else the
     * decree; with the circular whose form the step issues.
     */
    public String basis(Rule rule) {
        String article = articles.get(rule);
        return (article == null ? "" : article + " ") + decree;
    }

    /** "Ban hành kèm theo …": the circular whose appendix a form follows. */
    public String circular() {
        return circular;
    }

    /** A form's number and title. */
    public record FormSpec(int number, String title) {
        public String label() {
            return String.format("Mẫu số %02d", number);
        }
    }
}
