package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The masks a supervisor reads: enough to tell applicants apart, not enough to identify or call one. */
class PersonalDataMaskTest {

    @Test
    void identityNumberKeepsItsProvinceCodeAndLastThreeDigits() {
        assertThat(PersonalData.idNumber("001190012345")).isEqualTo("001******345");
        assertThat(PersonalData.idNumber("012345678")).isEqualTo("012***678");
        assertThat(PersonalData.idNumber("12345")).isEqualTo("*****");
    }

    @Test
    void phoneKeepsFewerDigitsThanThePublicLookupAsks() {
        assertThat(PersonalData.phone("0912345678")).isEqualTo("*******678");
        assertThat(PersonalData.phone("02439123456")).isEqualTo("********456");
    }

    @Test
    void emailKeepsItsFirstLetterAndDomain() {
        assertThat(PersonalData.email("nhung@example.vn")).isEqualTo("n***@example.vn");
        assertThat(PersonalData.email("not-an-address")).isEqualTo("***");
        assertThat(PersonalData.email(null)).isNull();
    }

    @Test
    void addressKeepsTheCommuneAndProvinceOnly() {
        assertThat(PersonalData.address("Số 12, đường Lê Lợi, xã Demo")).isEqualTo("***, xã Demo");
        assertThat(PersonalData.address("Tổ 5, phường Hồ Sen, tỉnh Demo")).isEqualTo("***, phường Hồ Sen, tỉnh Demo");
        assertThat(PersonalData.address("Thôn Bãi, Xã Đồng Lúa")).isEqualTo("***, Xã Đồng Lúa");
        assertThat(PersonalData.address("Xã Demo")).isEqualTo("Xã Demo");
        assertThat(PersonalData.address("12 Lê Lợi, Hồ Sen")).isEqualTo("***, Hồ Sen");
        assertThat(PersonalData.address("12 Lê Lợi")).isEqualTo("***");
    }

    @Test
    void theHandBackLineOfOldDossiersHidesWhoTookTheResult() {
        String note = "Người nhận: Nguyễn Thị Hồng Nhung; đánh giá: 5/5";
        assertThat(PersonalData.timelineNote("RETURNED", note, PersonalData.Disclosure.MASKED))
                .isEqualTo("Người nhận: ***; đánh giá: 5/5");
        assertThat(PersonalData.timelineNote("RETURNED", note, PersonalData.Disclosure.FULL))
                .isEqualTo(note);
        assertThat(PersonalData.timelineNote("REFUSED", "Người nhận: x", PersonalData.Disclosure.MASKED))
                .isEqualTo("Người nhận: x");
    }
}
