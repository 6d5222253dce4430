package vn.motcua.nodes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Base64;

/** The REST API of one node, as the demo users call it over real HTTP. */
final class NodeClient {

    static final String PASSWORD = "demo";

    /** What the node answered: the status and the JSON body (an empty object when there was none). */
    record Answer(int status, JsonNode body) {
        boolean created() {
            return status == 201;
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final AppNode node;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    NodeClient(AppNode node) {
        this.node = node;
    }

    /** A citizen's dossier received at the desk; the phone number tells one attempt from another. */
    Answer intake(String phone) throws IOException, InterruptedException {
        ObjectNode body = JSON.createObjectNode();
        body.put("procedureCode", "HO-KINH-DOANH");
        body.put("channel", "DIRECT");
        body.put("decision", "ACCEPT");
        body.put("paymentMethod", "CASH");
        ObjectNode applicant = body.putObject("applicant");
        applicant.put("fullName", "Nguyễn Văn Thử");
        applicant.put("idNumber", "001190012345");
        applicant.put("phone", phone);
        applicant.put("address", "Số 1, đường Tràng Tiền, phường Hoàn Kiếm");
        body.putArray("documents")
                .addObject()
                .put("name", "Giấy đề nghị đăng ký hộ kinh doanh")
                .put("digitized", true);
        return send("POST", "/api/dossiers", "clerk", body);
    }

    String node() {
        return node.name();
    }

    Answer dossier(String code) throws IOException, InterruptedException {
        return send("GET", "/api/dossiers/" + code, "admin", null);
    }

    /** Stops the node's sandbox clock at {@code now}; its job executor then fires what is due by then. */
    void freezeClockAt(OffsetDateTime now) throws IOException, InterruptedException {
        ObjectNode body = JSON.createObjectNode().put("now", now.toString()).put("frozen", true);
        Answer answer = send("PUT", "/api/sandbox/clock", "admin", body);
        if (answer.status() != 200) {
            throw new IllegalStateException(node.name() + " refused the clock: " + answer);
        }
    }

    Answer send(String method, String path, String user, JsonNode body) throws IOException, InterruptedException {
        String credentials =
                Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(node.uri(path))
                .timeout(Duration.ofSeconds(90))
                .header("Authorization", "Basic " + credentials)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .method(
                        method,
                        body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(
                                        JSON.writeValueAsString(body), StandardCharsets.UTF_8))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        String text = response.body();
        JsonNode json;
        try {
            json = text == null || text.isBlank() ? JSON.createObjectNode() : JSON.readTree(text);
        } catch (IOException notJson) {
            json = JSON.getNodeFactory().textNode(text);
        }
        return new Answer(response.statusCode(), json);
    }
}
