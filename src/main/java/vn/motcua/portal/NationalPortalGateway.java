package vn.motcua.portal;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.springframework.stereotype.Component;

/**
 * The national public-service portal's way: each change POSTed as JSON to {@code motcua.portal.sync-url}; any 2xx
 * acknowledges it.
 */
@Component
class NationalPortalGateway implements PortalGateway {

    private final PortalSettings settings;
    private final ObjectMapper json;
    private final HttpClient http;

    NationalPortalGateway(PortalSettings settings, ObjectMapper json) {
        this.settings = settings;
        this.json = json;
        this.http = HttpClient.newBuilder()
                .connectTimeout(settings.timeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    @Override
    public void send(StatusChange change) throws IOException, InterruptedException {
        String url = settings.syncUrl();
        if (url == null) {
            throw new IOException("motcua.portal.sync-url is not set");
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .timeout(settings.timeout())
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(change)))
                .build();
        HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() / 100 != 2) {
            throw new IOException("The portal answered " + response.statusCode());
        }
    }
}
