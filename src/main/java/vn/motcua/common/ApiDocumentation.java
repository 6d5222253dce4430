package vn.motcua.common;

import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.tags.Tag;
import java.util.List;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * What {@code /v3/api-docs} tells the integrators who generate clients from it: how to sign in (HTTP Basic or the
 * page session; nothing under {@code /api/public}), and the JSON error every operation may answer (docs/api.md,
 * "Errors"), so a generated client has a type for it.
 */
@Configuration
class ApiDocumentation {

    static final String BASIC = "basicAuth";
    static final String SESSION = "session";
    private static final String ERROR_SCHEMA = "ApiError";
    private static final String PUBLIC = "/api/public/";

    private static final Map<String, String> TAGS = Map.of(
            "Dossiers", "Intake, reading, supplements and withdrawal of dossiers (hồ sơ)",
            "Tasks", "The work of the desk, the departments and their approvers",
            "Documents", "Printed forms of a dossier and the tracking book",
            "Procedures", "The catalogue of administrative procedures in force",
            "Overdue board", "Dossiers near or past their due instant",
            "Indicators", "The reform indicators (PAR INDEX, Decision 766) and their dossiers",
            "Administration", "Setting up the office, and its log",
            "Public lookup", "What a citizen may read of his dossier, without signing in",
            "Sandbox clock", "The application's time, in the demo and test profiles only");

    @Bean
    OpenAPI motCuaOpenApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Một Cửa API")
                        .version("v1")
                        .description("The REST contract of the one-stop office (docs/api.md). Instants are ISO-8601"
                                + " with their offset; every 4xx and 5xx answer has the ApiError body.")
                        .license(new License().name("Proprietary")))
                .servers(List.of(new Server().url("/").description("The office's own address")))
                .components(new Components()
                        .addSecuritySchemes(
                                BASIC,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("basic")
                                        .description("A member of staff's user name and password"))
                        .addSecuritySchemes(
                                SESSION,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.APIKEY)
                                        .in(SecurityScheme.In.COOKIE)
                                        .name("JSESSIONID")
                                        .description("The session of a signed-in page (with its CSRF token)")))
                .security(List.of(new SecurityRequirement().addList(BASIC), new SecurityRequirement().addList(SESSION)))
                .tags(TAGS.entrySet().stream()
                        .sorted(Map.Entry.comparingByKey())
                        .map(tag -> new Tag().name(tag.getKey()).description(tag.getValue()))
                        .toList());
    }

    /**
     * An operation whose annotations declare only its errors still says what it answers when it succeeds: the status
     * of its {@code @ResponseStatus}, else 200.
     */
    @Bean
    OperationCustomizer successResponse() {
        return (operation, handler) -> {
            boolean declared = operation.getResponses() != null
                    && operation.getResponses().keySet().stream().anyMatch(code -> code.startsWith("2"));
            if (!declared) {
                ResponseStatus status = handler.getMethodAnnotation(ResponseStatus.class);
                HttpStatus code = status == null ? HttpStatus.OK : status.code();
                if (operation.getResponses() == null) {
                    operation.setResponses(new io.swagger.v3.oas.models.responses.ApiResponses());
                }
                operation
                        .getResponses()
                        .addApiResponse(
                                String.valueOf(code.value()), new ApiResponse().description(code.getReasonPhrase()));
            }
            return operation;
        };
    }

    /** Declares on each operation the errors its shape allows, all with the {@link ApiError} body. */
    @Bean
    OpenApiCustomizer errorResponses() {
        return openApi -> {
            Map<String, Schema> schemas = ModelConverters.getInstance().read(ApiError.class);
            schemas.forEach((name, schema) -> openApi.getComponents().addSchemas(name, schema));
            openApi.getPaths()
                    .forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
                        boolean isPublic = path.startsWith(PUBLIC);
                        if (isPublic) {
                            operation.setSecurity(List.of());
                            declare(operation, "429", "Too many lookups from this address; see Retry-After");
                        } else {
                            declare(operation, "401", "Not signed in");
                            declare(operation, "403", "The caller's role or unit may not do this");
                        }
                        if (hasInput(operation)) {
                            declare(operation, "400", "Bad input; `fields` names each offending field");
                        }
                        if (path.contains("{")) {
                            declare(operation, "404", "No such record");
                        }
                        if (method != PathItem.HttpMethod.GET && !isPublic) {
                            declare(operation, "409", "The record's state does not allow this now");
                        }
                    }));
        };
    }

    private static boolean hasInput(Operation operation) {
        return operation.getRequestBody() != null
                || (operation.getParameters() != null
                        && !operation.getParameters().isEmpty());
    }

    private static void declare(Operation operation, String status, String description) {
        if (operation.getResponses().containsKey(status)) {
            return;
        }
        operation
                .getResponses()
                .addApiResponse(
                        status,
                        new ApiResponse()
                                .description(description)
                                .content(new Content()
                                        .addMediaType(
                                                org.springframework.http.MediaType.APPLICATION_JSON_VALUE,
                                                new MediaType()
                                                        .schema(new Schema<>()
                                                                .$ref("#/components/schemas/" + ERROR_SCHEMA)))));
    }
}
