package vn.motcua.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongConsumer;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Bare Camunda 7.24 as an office would run it without Một Cửa: the engine's Spring Boot starter with its REST API
 * and webapps, in the starter's default configuration (history full, job executor on, no authentication on the
 * REST API), on a database of its own. The only settings given are the ones every Camunda on that database needs
 * and ours has too: the connection, a pool of 20, READ COMMITTED on MariaDB. Driven through Camunda's own REST API,
 * as the load bench drives ours.
 *
 * <p>Not a {@code @Configuration}: the application's component scan, which covers this package, must not pick it up.
 * Our own auto-configured parts (Flyway with our schema, MyBatis, Spring Security) are left out, so that this is the
 * engine and nothing of ours.
 */
@EnableAutoConfiguration(
        excludeName = {
            "org.springframework.boot.autoconfigure.flyway.FlywayAutoConfiguration",
            "org.mybatis.spring.boot.autoconfigure.MybatisAutoConfiguration",
            "org.mybatis.spring.boot.autoconfigure.MybatisLanguageDriverAutoConfiguration",
            "org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration",
            "org.springframework.boot.autoconfigure.security.servlet.SecurityFilterAutoConfiguration",
            "org.springframework.boot.autoconfigure.security.servlet.UserDetailsServiceAutoConfiguration",
            "org.springframework.boot.actuate.autoconfigure.security.servlet.ManagementWebSecurityAutoConfiguration"
        })
final class BareCamundaRest {

    static final int PORT = 18092;
    private static final String BASE = "http://127.0.0.1:" + PORT + "/engine-rest";

    private BareCamundaRest() {}

    /** Starts it on a fresh database and deploys the bare model and our two models through the repository service. */
    static ConfigurableApplicationContext start(String kind, String name) throws Exception {
        BenchApp.recreate(kind, name);
        // Command-line arguments: they win over config/application*.yml of the working directory, which is ours,
        // and, unlike system properties, they do not reach our application started later in this JVM.
        ConfigurableApplicationContext context = new SpringApplicationBuilder(BareCamundaRest.class)
                // The delegates our models name, as beans: the starter's expression manager finds them by name.
                .initializers(c -> OurModels.delegates().forEach(c.getBeanFactory()::registerSingleton))
                .run(
                        "--spring.config.location=optional:classpath:/bare-camunda-none.yml",
                        "--spring.datasource.url=" + BenchApp.url(kind, name),
                        "--spring.datasource.username=" + BenchApp.user(kind),
                        "--spring.datasource.password=",
                        "--spring.datasource.hikari.maximum-pool-size=20",
                        kind.equals("mariadb")
                                ? "--spring.datasource.hikari.transaction-isolation=TRANSACTION_READ_COMMITTED"
                                : "--spring.datasource.hikari.pool-name=bare-rest",
                        "--server.port=" + PORT,
                        "--camunda.bpm.auto-deployment-enabled=false",
                        "--logging.level.root=WARN",
                        "--spring.main.banner-mode=off");
        OurModels.addTo(context.getBean(ProcessEngine.class)
                        .getRepositoryService()
                        .createDeployment()
                        .addModelInstance("BareDossier.bpmn", LoadBench.bareModel()))
                .deploy();
        return context;
    }

    /** Clients of Camunda's REST API, one HTTP client each: start, find the instance's task, complete it. */
    static final class Client {
        private final HttpClient[] clients;
        private final AtomicInteger keys = new AtomicInteger();

        Client(int n) {
            clients = new HttpClient[n];
            for (int i = 0; i < n; i++) {
                clients[i] = HttpClient.newBuilder()
                        .version(HttpClient.Version.HTTP_1_1)
                        .build();
            }
        }

        String send(int client, String method, String path, String body, int expected) throws Exception {
            HttpRequest request = HttpRequest.newBuilder(URI.create(BASE + path))
                    .header("Content-Type", "application/json")
                    .method(
                            method,
                            body == null
                                    ? HttpRequest.BodyPublishers.noBody()
                                    : HttpRequest.BodyPublishers.ofString(body))
                    .build();
            HttpResponse<String> response = clients[client].send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != expected) {
                throw new IllegalStateException(
                        method + " " + path + " answered " + response.statusCode() + ": " + response.body());
            }
            return response.body();
        }

        private String startInstance(int client) throws Exception {
            int key = keys.incrementAndGet();
            String body = "{\"businessKey\":\"BARE-" + key + "\",\"variables\":{"
                    + "\"dossierId\":{\"value\":" + key + ",\"type\":\"Long\"},"
                    + "\"handlingProcessKey\":{\"value\":\"HoKinhDoanh\",\"type\":\"String\"}}}";
            JsonNode instance = LoadBench.JSON.readTree(
                    send(client, "POST", "/process-definition/key/BareDossier/start", body, 200));
            return instance.get("id").asText();
        }

        private void completeNext(int client, LongConsumer request, String instance) throws Exception {
            String task = LoadBench.timed(
                    request,
                    () -> LoadBench.JSON
                            .readTree(send(client, "GET", "/task?processInstanceId=" + instance, null, 200))
                            .get(0)
                            .get("id")
                            .asText());
            LoadBench.timed(
                    request,
                    () -> send(
                            client,
                            "POST",
                            "/task/" + task + "/complete",
                            "{\"variables\":{\"outcome\":{\"value\":\"DONE\",\"type\":\"String\"}}}",
                            204));
        }

        void start(int client, LongConsumer request) throws Exception {
            LoadBench.timed(request, () -> startInstance(client));
        }

        /** What our intake accepted at the desk does in the engine: a start, and the first task completed. */
        void startAndCompleteFirst(int client, LongConsumer request) throws Exception {
            String instance = LoadBench.timed(request, () -> startInstance(client));
            completeNext(client, request, instance);
        }

        void lifecycle(int client, LongConsumer request) throws Exception {
            String instance = LoadBench.timed(request, () -> startInstance(client));
            for (int t = 0; t < LoadBench.USER_TASKS; t++) {
                completeNext(client, request, instance);
            }
        }
    }
}
