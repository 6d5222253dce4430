package vn.motcua.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;

/**
 * The JSON body of every 4xx and 5xx answer (docs/api.md, "Errors"): the status, a short machine-readable
 * error, a sentence for people and, for bad input, the offending fields by their JSON path.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApiError(int status, String error, String message, Map<String, String> fields) {

    /** The answer to anything asked while the database cannot be reached: retry later, nothing was kept. */
    public static final ApiError DATABASE_UNAVAILABLE =
            of(503, "unavailable", "The database is unavailable; nothing was saved, please try again shortly");

    public static ApiError of(int status, String error, String message) {
        return new ApiError(status, error, message, null);
    }
}
