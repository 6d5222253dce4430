package vn.motcua.document;

import java.time.LocalDate;
import java.time.ZonedDateTime;

/**
 * Dates as Vietnamese administrative documents write them. Decree 30/2020/NĐ-CP (Phụ lục I, "Địa danh và thời
 * gian ban hành văn bản"): days below 10 and the months 1 and 2 take a leading zero, other months do not, so
 * "ngày 07 tháng 3 năm 2025" and "ngày 15 tháng 01 năm 2025".
 */
final class VietnameseDates {

    private VietnameseDates() {}

    static String date(LocalDate date) {
        return "ngày " + day(date) + " tháng " + month(date) + " năm " + date.getYear();
    }

    /** "09 giờ 30 phút, ngày 07 tháng 3 năm 2025", as the receipt's times read. */
    static String dateTime(ZonedDateTime at) {
        return String.format("%02d giờ %02d phút, ", at.getHour(), at.getMinute()) + date(at.toLocalDate());
    }

    /** "15 giờ 00 phút, ngày 07/03/2025": the compact form that the control sheet's narrow columns print. */
    static String compactDateTime(ZonedDateTime at) {
        return String.format(
                "%02d giờ %02d phút, ngày %02d/%02d/%d",
                at.getHour(), at.getMinute(), at.getDayOfMonth(), at.getMonthValue(), at.getYear());
    }

    private static String day(LocalDate date) {
        return String.format("%02d", date.getDayOfMonth());
    }

    private static String month(LocalDate date) {
        int month = date.getMonthValue();
        return month <= 2 ? String.format("%02d", month) : Integer.toString(month);
    }
}
