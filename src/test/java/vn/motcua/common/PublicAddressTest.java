package vn.motcua.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Where a receipt's QR code sends the citizen: the configured public address, else the address staff printed from. */
class PublicAddressTest {

    @AfterEach
    void forgetRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void theSettingWinsOverTheAddressTheRequestCameIn() {
        printingFrom("10.0.0.5", 8080, "");
        assertThat(new PublicAddress("https://motcua.hosen.gov.vn/").base()).isEqualTo("https://motcua.hosen.gov.vn");
        assertThat(new PublicAddress(" https://dichvucong.example.vn/motcua ").base())
                .isEqualTo("https://dichvucong.example.vn/motcua");
    }

    @Test
    void withoutTheSettingTheAddressTheReceiptWasPrintedFrom() {
        printingFrom("192.168.1.20", 8443, "/motcua");
        assertThat(new PublicAddress("").base()).isEqualTo("http://192.168.1.20:8443/motcua");
    }

    @Test
    void aSettingThatIsNoWebAddressStopsTheStart() {
        assertThatThrownBy(() -> new PublicAddress("motcua.hosen.gov.vn"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("motcua.public-base-url");
        assertThatThrownBy(() -> new PublicAddress("ftp://motcua.hosen.gov.vn"))
                .isInstanceOf(IllegalStateException.class);
    }

    private static void printingFrom(String host, int port, String contextPath) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", contextPath + "/api/dossiers/x");
        request.setServerName(host);
        request.setServerPort(port);
        request.setContextPath(contextPath);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
    }
}
