package vn.motcua.procedure.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;
import vn.motcua.support.ApiTestSupport;

class CatalogImportApiTest extends ApiTestSupport {

    private static final String HEADER =
            "Mã thủ tục,Tên thủ tục,Lĩnh vực,Cấp thực hiện,Thời hạn giải quyết,\"Phí, lệ phí\",Thành phần hồ sơ\n";

    private MvcResult upload(String user, String filename, byte[] content, boolean dryRun) throws Exception {
        return call(
                multipart("/api/admin/procedures/import")
                        .file(new MockMultipartFile("file", filename, "text/csv", content))
                        .param("dryRun", String.valueOf(dryRun)),
                user);
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    @Test
    void theSampleFileDryRunsIntoFortyNewProceduresAndWritesNothing() throws Exception {
        byte[] sample = Files.readAllBytes(Path.of("config/catalog/thu-tuc-mau.csv"));
        int procedures = body(getAs("admin", "/api/procedures")).size();

        JsonNode result = body(upload("admin", "thu-tuc-mau.csv", sample, true));

        assertThat(result.get("refused")).isEmpty();
        // another test of this class may have imported one of them already
        assertThat(result.get("created").size()
                        + result.get("changed").size()
                        + result.get("unchanged").size())
                .isEqualTo(40);
        assertThat(texts(result.get("created"))).hasSizeGreaterThanOrEqualTo(39).contains("1.001193", "2.000815");
        assertThat(body(getAs("admin", "/api/procedures")).size()).isEqualTo(procedures);
    }

    @Test
    void anImportCreatesThenTheNextFileShowsWhatChanged() throws Exception {
        String first = HEADER + "1.004845,Thủ tục đăng ký chấm dứt giám hộ,Hộ tịch,Cấp Xã,02 ngày làm việc,"
                + "Không,\"Tờ khai đăng ký chấm dứt giám hộ\"\n";
        JsonNode created = body(upload("admin", "a.csv", first.getBytes(StandardCharsets.UTF_8), false));
        assertThat(texts(created.get("created"))).containsExactly("1.004845");

        JsonNode listed = body(getAs("clerk", "/api/procedures"));
        JsonNode procedure = null;
        for (JsonNode p : listed) {
            if (p.get("code").asText().equals("1.004845")) {
                procedure = p;
            }
        }
        assertThat(procedure).isNotNull();
        assertThat(procedure.get("processingDays").asInt()).isEqualTo(2);
        assertThat(procedure.get("agencies").get(0).asText()).isEqualTo("TU-PHAP");
        JsonNode dossier = intake(intakeBody("1.004845", "ACCEPT"));
        assertThat(dossier.get("procedureCode").asText()).isEqualTo("1.004845");

        String second = HEADER + "1.004845,Thủ tục đăng ký chấm dứt giám hộ,Hộ tịch,Cấp Xã,03 ngày làm việc,"
                + "5.000 đồng/hồ sơ,\"Tờ khai đăng ký chấm dứt giám hộ\"\n";
        JsonNode dry = body(upload("admin", "b.csv", second.getBytes(StandardCharsets.UTF_8), true));
        assertThat(texts(dry.get("changed"))).containsExactly("1.004845");
        assertThat(texts(dry.get("changes").get(0).get("fields"))).containsExactly("timeLimit", "fee");

        JsonNode log = body(getAs("admin", "/api/admin/log?kind=PROCEDURE_IMPORTED"));
        assertThat(log).isNotEmpty();
        assertThat(log.get(0).get("target").asText()).isEqualTo("1.004845");
    }

    @Test
    void refusedRowsComeBackWithTheirLineAndReason() throws Exception {
        String csv = HEADER + "1.000656,Thủ tục đăng ký khai tử,Hộ tịch,Cấp Xã,15 ngày,Không,\n";
        JsonNode result = body(upload("admin", "c.csv", csv.getBytes(StandardCharsets.UTF_8), true));

        JsonNode refusal = result.get("refused").get(0);
        assertThat(refusal.get("row").asInt()).isEqualTo(2);
        assertThat(refusal.get("code").asText()).isEqualTo("1.000656");
        assertThat(refusal.get("reason").asText()).contains("ngày làm việc");
    }

    @Test
    void anUnreadableFileIs400NamingFile() throws Exception {
        MvcResult result = upload("admin", "x.csv", "a,b\n1,2\n".getBytes(StandardCharsets.UTF_8), true);
        assertThat(result.getResponse().getStatus()).isEqualTo(400);
        assertThat(body(result).get("fields").has("file")).isTrue();
    }

    @Test
    void moreThanFiveThousandRowsIs413() throws Exception {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < 5001; i++) {
            csv.append("1.").append(String.format("%06d", i)).append(",T,Hộ tịch,Cấp Xã,Trong ngày,Không,\n");
        }
        MvcResult result = upload("admin", "big.csv", csv.toString().getBytes(StandardCharsets.UTF_8), true);
        assertThat(result.getResponse().getStatus()).isEqualTo(413);
    }

    @Test
    void onlyAnAdministratorImports() throws Exception {
        byte[] csv = (HEADER
                        + "1.004873,Cấp Giấy xác nhận tình trạng hôn nhân,Hộ tịch,Cấp Xã,03 ngày làm việc,Không,\n")
                .getBytes(StandardCharsets.UTF_8);
        assertThat(upload("clerk", "d.csv", csv, true).getResponse().getStatus())
                .isEqualTo(403);
        assertThat(upload("supervisor", "d.csv", csv, true).getResponse().getStatus())
                .isEqualTo(403);
    }
}
