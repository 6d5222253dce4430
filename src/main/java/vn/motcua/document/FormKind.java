package vn.motcua.document;

import java.util.Arrays;
import java.util.Optional;

/**
 * The printed forms of the one-stop desk, numbered as in the appendix of Circular 01/2018/TT-VPCP (Thông tư
 * 03/2025/TT-VPCP renumbers them; the titles are unchanged except Mẫu 04).
 */
enum FormKind {
    /** Mẫu 01: Giấy tiếp nhận hồ sơ và hẹn trả kết quả. */
    RECEIPT("receipt", "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ", "TNHS"),
    /** Mẫu 02: Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ. */
    SUPPLEMENT_REQUEST("supplement-request", "PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ", "HDHS"),
    /** Mẫu 03: Phiếu từ chối tiếp nhận giải quyết hồ sơ. */
    REFUSAL("refusal", "PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ", "TCHS"),
    /** Mẫu 04: Phiếu xin lỗi và hẹn lại ngày trả kết quả. */
    APOLOGY("apology", "PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ", "PXL"),
    /** Mẫu 05: Phiếu kiểm soát quá trình giải quyết hồ sơ. */
    CONTROL_SHEET("control-sheet", "PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ", null);

    private final String slug;
    private final String title;
    private final String numberSuffix;

    FormKind(String slug, String title, String numberSuffix) {
        this.slug = slug;
        this.title = title;
        this.numberSuffix = numberSuffix;
    }

    static Optional<FormKind> bySlug(String slug) {
        return Arrays.stream(values()).filter(k -> k.slug.equals(slug)).findFirst();
    }

    String slug() {
        return slug;
    }

    String title() {
        return title;
    }

    /** "Mẫu số 01" … "Mẫu số 05", printed above the national motto. */
    String formNumber() {
        return String.format("Mẫu số %02d", ordinal() + 1);
    }

    /** The letters after the number of the form, "Số: …/TNHS"; the control sheet has none. */
    String numberSuffix() {
        return numberSuffix;
    }
}
