package vn.motcua.indicator;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The counters of {@code indicator_rollup} and {@code indicator_rollup_month}, the one place each is named: its
 * column, and for a counter that is a figure of the report on its own, the figure's name in the API and the JSON
 * ({@link Figures}) and its export header. The counters without a figure are the state changes
 * {@link IndicatorStates} reads a past period's end from; {@code n_passed_due} and {@code n_late_without_apology}
 * are among them because their figures add the dossiers still in handling ({@link Metric#PASSED_DUE}).
 *
 * <p>The rollup's writes name constants, and its sums (the mapper XML's column lists, {@link RollupTotals}), the
 * export ({@link Metric}) and the bench iterate them, so that a new counter is a constant here, a migration adding
 * its column to both rollup tables ({@code CounterColumnsTest} fails until the two agree), and the step that moves
 * it. Nothing depends on the order; it is the tables' for ease of reading.
 */
public enum Counter {
    RECEIVED("n_received", "received", "Tiếp nhận", "Received"),
    RECEIVED_ONLINE("n_received_online", "receivedOnline", "Tiếp nhận trực tuyến", "Received online"),
    RECEIVED_POSTAL("n_received_postal", "receivedPostal", "Tiếp nhận qua bưu chính", "Received by post"),
    DIGITIZED("n_digitized", "digitized", "Số hóa khi tiếp nhận", "Digitised at receipt"),
    FEE_DOSSIERS("n_fee_dossiers", "feeDossiers", "Có phí, lệ phí", "With a fee or charge"),
    CASHLESS("n_cashless", "cashless", "Thanh toán không dùng tiền mặt", "Paid cashless"),
    RESOLVED("n_resolved", "resolved", "Đã giải quyết", "Resolved"),
    EARLY("n_early", "early", "Trước hạn", "Resolved early"),
    ON_TIME("n_on_time", "onTime", "Đúng hạn", "Resolved on time"),
    LATE("n_late", "late", "Trễ hạn", "Resolved late"),
    PROGRESS_LATE(
            "n_progress_late",
            "progressLate",
            "Trễ hạn theo cách tính của Cổng DVCQG",
            "Late as the national portal counts it"),
    REFUSED("n_refused", "refused", "Từ chối tiếp nhận", "Refused at intake"),
    APOLOGIES("n_apologies", "apologies", "Phiếu xin lỗi", "Apology letters"),
    RETURNED("n_returned", "returned", "Đã trả kết quả", "Results returned"),
    RATINGS("n_ratings", "ratings", "Lượt đánh giá", "Ratings"),
    SATISFIED("n_satisfied", "satisfied", "Hài lòng", "Satisfied"),
    SYNCED("n_synced", "synced", "Đã đồng bộ lên Cổng DVC", "Synchronised to the portal"),
    ELECTRONIC_RESULTS("n_electronic_results", "electronicResults", "Kết quả điện tử", "Electronic results"),
    DIGITIZED_RESULTS(
            "n_digitized_results", "digitizedResults", "Trả kết quả có bản số hóa", "Results returned digitised"),
    REUSED_COMPONENTS(
            "n_reused_components",
            "reusedComponents",
            "Tái sử dụng thành phần đã số hóa",
            "Reusing digitised components"),
    WITHDRAWN("n_withdrawn"),
    SUSPENSIONS_BEGUN("n_suspensions_begun"),
    SUSPENSIONS_ENDED("n_suspensions_ended"),
    PASSED_DUE("n_passed_due"),
    LATE_WITHOUT_APOLOGY("n_late_without_apology"),
    OVERDUE_ENDED("n_overdue_ended");

    private static final List<String> COLUMNS =
            Arrays.stream(values()).map(Counter::column).toList();

    static {
        // The mapper splices the columns into SQL as text (${}): nothing but a plain counter name may get there.
        Pattern plain = Pattern.compile("n_[a-z_]+");
        for (String column : COLUMNS) {
            if (!plain.matcher(column).matches()) {
                throw new IllegalStateException("Not a counter column: " + column);
            }
        }
    }

    private final String column;
    private final String param;
    private final String label;
    private final String labelEn;

    Counter(String column) {
        this(column, null, null, null);
    }

    Counter(String column, String param, String label, String labelEn) {
        this.column = column;
        this.param = param;
        this.label = label;
        this.labelEn = labelEn;
    }

    /** The column in both rollup tables. */
    public String column() {
        return column;
    }

    /** The figure's name in the API and in the JSON figures, or {@code null} for a counter without a figure. */
    String param() {
        return param;
    }

    /**
     * The figure's header in the export, in Vietnamese: the language of the reports the office files. {@code null}
     * for a counter without a figure.
     */
    String label() {
        return label;
    }

    /** The same header in English, worded as messages_en words the figures; {@code null} without a figure. */
    String labelEn() {
        return labelEn;
    }

    /** Every column, in declaration order: what the mapper XML sums and writes. */
    public static List<String> columns() {
        return COLUMNS;
    }
}
