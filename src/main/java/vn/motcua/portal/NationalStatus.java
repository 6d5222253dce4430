package vn.motcua.portal;

import java.util.EnumMap;
import java.util.Map;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.Step;

/**
 * The national portal's dossier statuses (TrangThaiHoSo, 1 to 10) and channels (KenhThucHien, 1 to 3), and which of
 * our timeline steps sends which. Sources and the reasoning per row: docs/portal.md, "Status codes". Steps absent
 * here (a task claimed, a department assigned, the overdue flag…) change nothing the portal tracks and are not sent.
 */
final class NationalStatus {

    static final int NEW = 1; // Mới đăng ký
    static final int RECEIVED = 2; // Được tiếp nhận
    static final int NOT_RECEIVED = 3; // Không được tiếp nhận
    static final int PROCESSING = 4; // Đang xử lý
    static final int SUPPLEMENT_REQUESTED = 5; // Yêu cầu bổ sung giấy tờ
    static final int WITHDRAWN = 7; // Công dân yêu cầu rút hồ sơ
    static final int RESOLVED = 9; // Đã xử lý xong
    static final int RETURNED = 10; // Đã trả kết quả

    private static final Map<Step, Integer> BY_STEP = new EnumMap<>(Step.class);

    static {
        BY_STEP.put(Step.SUBMITTED, NEW);
        BY_STEP.put(Step.SUPPLEMENT_REQUESTED, SUPPLEMENT_REQUESTED);
        BY_STEP.put(Step.SUPPLEMENT_RECEIVED, NEW);
        BY_STEP.put(Step.REFUSED, NOT_RECEIVED);
        BY_STEP.put(Step.RECEIVED, RECEIVED);
        BY_STEP.put(Step.HANDED_OVER, PROCESSING);
        BY_STEP.put(Step.SUSPENDED, SUPPLEMENT_REQUESTED);
        BY_STEP.put(Step.RESUMED, PROCESSING);
        BY_STEP.put(Step.APOLOGY_ISSUED, PROCESSING);
        BY_STEP.put(Step.RESULT_READY, RESOLVED);
        BY_STEP.put(Step.REJECTED, RETURNED);
        BY_STEP.put(Step.RETURNED, RETURNED);
        BY_STEP.put(Step.WITHDRAWN, WITHDRAWN);
    }

    private NationalStatus() {}

    /** The status a step sends, or {@code null} for a step the portal is not told of. */
    static Integer of(Step step) {
        return BY_STEP.get(step);
    }

    /** KenhThucHien: 1 trực tiếp, 2 trực tuyến, 3 bưu chính công ích. */
    static int channel(Channel channel) {
        return switch (channel) {
            case DIRECT -> 1;
            case ONLINE -> 2;
            case POSTAL -> 3;
        };
    }

    /** What NoiDungXuLy says of a step, before its timeline note. */
    static String describe(Step step) {
        return switch (step) {
            case SUBMITTED -> "Đăng ký hồ sơ";
            case SUPPLEMENT_REQUESTED -> "Yêu cầu bổ sung hồ sơ trước khi tiếp nhận";
            case SUPPLEMENT_RECEIVED -> "Đã nhận hồ sơ bổ sung";
            case REFUSED -> "Từ chối tiếp nhận hồ sơ";
            case RECEIVED -> "Tiếp nhận hồ sơ";
            case HANDED_OVER -> "Chuyển xử lý";
            case SUSPENDED -> "Yêu cầu bổ sung hồ sơ trong quá trình giải quyết";
            case RESUMED -> "Tiếp tục giải quyết sau bổ sung";
            case APOLOGY_ISSUED -> "Xin lỗi và hẹn lại ngày trả kết quả";
            case RESULT_READY -> "Đã có kết quả giải quyết";
            case REJECTED -> "Trả lại hồ sơ không đủ điều kiện giải quyết";
            case RETURNED -> "Đã trả kết quả";
            case WITHDRAWN -> "Công dân rút hồ sơ";
            default -> step.name();
        };
    }
}
