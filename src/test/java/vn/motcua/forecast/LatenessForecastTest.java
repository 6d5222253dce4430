package vn.motcua.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.motcua.support.ApiTestSupport;

/** May 2026 on the sandbox clock: a backlog at TC-KH, the forecast and its warning to the department's head. */
class LatenessForecastTest extends ApiTestSupport {

    @Autowired
    private LatenessWarnings warnings;

    @Test
    void aBackloggedDepartmentsDossierIsFlaggedBeforeItsApologyPointAndItsHeadIsToldOnce() throws Exception {
        clockAt("2026-05-11T09:00:00+07:00");
        List<String> codes = new ArrayList<>();
        // 3 working days each; TC-KH has no closed stay these weeks, so it works at its handlers' default rate.
        for (int i = 0; i < 30; i++) {
            codes.add(accepted("HO-KINH-DOANH").get("code").asText());
        }
        String last = codes.get(codes.size() - 1);

        clockAt("2026-05-11T10:00:00+07:00");
        JsonNode forecast = body(getAs("supervisor", "/api/forecast/late"));
        JsonNode row = rowOf(forecast.get("late"), last);
        assertThat(row).as("the last of the backlog is predicted late").isNotNull();
        assertThat(row.get("department").asText()).isEqualTo("TC-KH");
        assertThat(row.get("reason").asText()).matches("\\d+ hồ sơ xếp trước, phòng xử lý [\\d,]+ hồ sơ/ngày");
        assertThat(OffsetDateTime.parse(row.get("predictedFinishAt").asText()))
                .isAfter(OffsetDateTime.parse(row.get("dueAt").asText()));
        JsonNode first = rowOf(forecast.get("late"), codes.get(0));
        if (first != null) {
            // Dossiers other tests left at TC-KH may be ahead of the whole batch; the first still waits for fewer.
            assertThat(first.get("queueAhead").asInt())
                    .isLessThan(row.get("queueAhead").asInt());
        }

        assertThat(warnings.warnHeads()).isPositive();
        warnings.warnHeads();
        clockAt("2026-05-12T09:00:00+07:00");
        warnings.warnHeads();

        JsonNode told = body(getAs("approver", "/api/forecast/warnings"));
        long aboutLast = StreamSupport.stream(told.spliterator(), false)
                .filter(w -> last.equals(w.get("dossierCode").asText()))
                .count();
        assertThat(aboutLast).as("warnings about " + last).isEqualTo(1);
        JsonNode warning = rowOf(told, last, "dossierCode");
        assertThat(OffsetDateTime.parse(warning.get("warnedAt").asText()).toInstant())
                .isBefore(
                        OffsetDateTime.parse(warning.get("apologyAt").asText()).toInstant());
    }

    @Test
    void onlySupervisorsReadTheForecastAndOnlyHeadsTheirWarnings() throws Exception {
        assertThat(getAs("handler.tckh", "/api/forecast/late").getResponse().getStatus())
                .isEqualTo(403);
        assertThat(getAs("supervisor", "/api/forecast/warnings").getResponse().getStatus())
                .isEqualTo(403);
        assertThat(getAs(null, "/api/forecast/late").getResponse().getStatus()).isEqualTo(401);
    }

    @Test
    void aWhatIfWithADepartmentOutsideTheUnitOrNoOneMovedIsRefusedNamingTheField() throws Exception {
        var unknown = getAs("supervisor", "/api/forecast/late?to=NO-SUCH&people=1");
        assertThat(unknown.getResponse().getStatus()).isEqualTo(400);
        assertThat(body(unknown).get("fields").has("to")).isTrue();

        var nobody = getAs("supervisor", "/api/forecast/late?to=TC-KH&people=0");
        assertThat(nobody.getResponse().getStatus()).isEqualTo(400);
        assertThat(body(nobody).get("fields").has("people")).isTrue();

        var moved = body(getAs("supervisor", "/api/forecast/late?from=TU-PHAP&to=TC-KH&people=1"));
        assertThat(moved.get("move").get("handlersByDepartment").get("TC-KH").asInt())
                .isEqualTo(1);
        assertThat(moved.get("move").get("handlersByDepartment").get("TU-PHAP").asInt())
                .isEqualTo(-1);
        assertThat(moved.get("move").get("workingDays").asInt()).isEqualTo(10);
    }

    private static JsonNode rowOf(JsonNode rows, String code) {
        return rowOf(rows, code, "code");
    }

    private static JsonNode rowOf(JsonNode rows, String code, String field) {
        for (JsonNode row : rows) {
            if (code.equals(row.get(field).asText())) {
                return row;
            }
        }
        return null;
    }
}
