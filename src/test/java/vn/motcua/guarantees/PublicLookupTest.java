package vn.motcua.guarantees;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.web.servlet.MvcResult;
import vn.motcua.support.ApiTestSupport;

/** The lookup without login is rationed per client, and refused logins and requests are logged. */
@ExtendWith(OutputCaptureExtension.class)
class PublicLookupTest extends ApiTestSupport {

    @Test
    void aClientThatKeepsGuessingIsSlowedDownWith429() throws Exception {
        clockAt("2025-03-07T10:00:00+07:00");
        String code = accepted("KHAI-SINH").get("code").asText();
        List<Integer> statuses = new ArrayList<>();
        for (int guess = 0; guess < 30; guess++) {
            statuses.add(lookup("10.20.30.40", code, "%04d".formatted(guess))
                    .getResponse()
                    .getStatus());
        }
        assertThat(statuses).contains(404, 429);
        assertThat(statuses.indexOf(429)).isEqualTo(20);
        MvcResult limited = lookup("10.20.30.40", code, "5678");
        assertThat(limited.getResponse().getStatus()).isEqualTo(429);
        assertThat(limited.getResponse().getHeader("Retry-After")).isNotBlank();
        assertThat(body(limited).get("error").asText()).isEqualTo("too_many_requests");
        assertThat(lookup("10.20.30.41", code, "5678").getResponse().getStatus())
                .isEqualTo(200);
    }

    @Test
    void failedLoginsAndRefusedRequestsAreLogged(CapturedOutput output) throws Exception {
        call(
                get("/api/dossiers")
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                                .httpBasic("clerk", "sai-mat-khau")),
                null);
        getAs("handler.tckh", "/api/overdue");
        assertThat(output).contains("Login failed for 'clerk'").contains("Refused GET /api/overdue to 'handler.tckh'");
    }

    private MvcResult lookup(String client, String code, String phone) throws Exception {
        return mvc.perform(get("/api/public/dossiers/{code}", code)
                        .param("phone", phone)
                        .with(request -> {
                            request.setRemoteAddr(client);
                            return request;
                        }))
                .andReturn();
    }
}
