package vn.motcua.indicator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The score of Decision 766/QĐ-TTg of 23 June 2022 (Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ
 * người dân, doanh nghiệp), as far as this system can measure it from its own dossiers.
 *
 * <p>Groups and points (docs/legal-research.md item 9; secondary sources, the Appendix itself not seen): công khai, minh
 * bạch 18; tiến độ, kết quả giải quyết 20; số hóa hồ sơ 22; cung cấp dịch vụ trực tuyến 22, which the national
 * scoring system shows as dịch vụ công trực tuyến 12 + thanh toán trực tuyến 10; mức độ hài lòng 18; 100 in all.
 * Each measured group scores linearly: its rate × its points. The split of a group's points between its
 * sub-criteria was not found, so the one sub-criterion this system measures carries the group's points.
 *
 * <p>Tiến độ scores {@code progressOnTimeRate}, the share of resolved dossiers the national public-service portal
 * would count on time (its published method, secondary sources: waiting for a supplement taken out of the
 * processing time, and a dossier asked for a supplement more than once during handling counted late; see
 * {@link IndicatorRollup#progressLate}), not the province's PAR {@code onTimeRate}, which the report keeps as it is.
 *
 * <p>Công khai, minh bạch scores {@code syncedRate}, the share of received dossiers whose receipt the public-service
 * portal acknowledged (docs/portal.md): its one sub-criterion this system holds the data of.
 *
 * <p>Not measured here, so {@code points} is {@code null} and they count neither in {@code total} nor in
 * {@code measuredMaxPoints}: the rest of công khai, minh bạch (catalogue publication lag, public disclosure); the
 * average processing time per procedure (its benchmark is not defined); electronic results and reuse of digitised
 * data; the share of procedures offered online.
 */
public record Score766(
        BigDecimal total, int maxPoints, int measuredMaxPoints, List<Group> groups, List<String> notMeasured) {

    /** One group of the decision: its points, and the figure they were computed from. */
    public record Group(String code, String name, int maxPoints, BigDecimal points, String basis, BigDecimal rate) {}

    static final List<String> NOT_MEASURED = List.of(
            "Công khai, minh bạch: công bố, công khai TTHC đúng hạn, đầy đủ (điểm nhóm tính theo tỷ lệ đồng bộ hồ sơ)",
            "Tiến độ: thời gian giải quyết trung bình theo từng TTHC (không có mức chuẩn)",
            "Số hóa: tỷ lệ cấp kết quả điện tử; tỷ lệ khai thác, tái sử dụng dữ liệu số hóa",
            "Dịch vụ trực tuyến: tỷ lệ TTHC cung cấp dịch vụ công trực tuyến");

    static Score766 of(
            BigDecimal syncedRate,
            BigDecimal progressOnTimeRate,
            BigDecimal onlineRate,
            BigDecimal cashlessRate,
            BigDecimal digitizedRate,
            BigDecimal satisfactionRate) {
        List<Group> groups = List.of(
                group("CONG_KHAI", "Công khai, minh bạch", 18, "syncedRate", syncedRate),
                group("TIEN_DO", "Tiến độ, kết quả giải quyết", 20, "progressOnTimeRate", progressOnTimeRate),
                group("SO_HOA", "Số hóa hồ sơ", 22, "digitizedRate", digitizedRate),
                group("DVC_TRUC_TUYEN", "Cung cấp dịch vụ công trực tuyến", 12, "onlineRate", onlineRate),
                group("THANH_TOAN_TRUC_TUYEN", "Thanh toán trực tuyến", 10, "cashlessRate", cashlessRate),
                group("HAI_LONG", "Mức độ hài lòng", 18, "satisfactionRate", satisfactionRate));
        BigDecimal total = BigDecimal.ZERO.setScale(2);
        int measured = 0;
        for (Group g : groups) {
            if (g.points() != null) {
                total = total.add(g.points());
                measured += g.maxPoints();
            }
        }
        return new Score766(total, 100, measured, groups, NOT_MEASURED);
    }

    private static Group group(String code, String name, int maxPoints, String basis, BigDecimal rate) {
        BigDecimal points = rate == null
                ? null
                : rate.multiply(BigDecimal.valueOf(maxPoints)).setScale(2, RoundingMode.HALF_UP);
        return new Group(code, name, maxPoints, points, basis, rate);
    }
}
