package vn.motcua.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.motcua.support.ApiTestSupport;

/** The link in the receipt's QR code opens the lookup with the dossier code already filled in. */
class CitizenLookupPageTest extends ApiTestSupport {

    @Test
    void qrCodeLinkOpensTheLookupWithTheCodeFilledIn() throws Exception {
        var page =
                getAs(null, "/tra-cuu?code={code}", "000.00.15.H12-250307-0042").getResponse();
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
                .contains("value=\"000.00.15.H12-250307-0042\"", "Mã hồ sơ");
    }
}
