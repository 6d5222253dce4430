package vn.motcua.common;

import java.util.Map;

/** Bad input found by a rule beyond bean validation (an unknown procedure, a missing reason): 400 naming the field. */
public class InvalidFieldException extends RuntimeException {

    private final Map<String, String> fields;

    public InvalidFieldException(String field, String message) {
        super(field + ": " + message);
        this.fields = Map.of(field, message);
    }

    /** Several fields at once, each with its message (bean validation of a part that is not a request body). */
    public InvalidFieldException(Map<String, String> fields) {
        super(String.valueOf(fields));
        this.fields = Map.copyOf(fields);
    }

    public Map<String, String> fields() {
        return fields;
    }
}
