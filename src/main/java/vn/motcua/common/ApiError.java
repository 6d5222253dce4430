package vn.motcua.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;

/**
 * The JSON body of every 4xx and 5xx answer (api.md, "Errors"): the status, a short machine-readable
 * error, a sentence for people and, for bad input, the offending fields by their JSON path.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApiError(int status, String error, String message, Map<String, String> fields) {

    public static ApiError of(int status, String error, String message) {
        return new ApiError(status, error, message, null);
    }
}
