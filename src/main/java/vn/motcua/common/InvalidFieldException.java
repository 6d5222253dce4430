package vn.motcua.common;

import java.util.Map;

/** Bad input found by a rule beyond bean validation (an unknown procedure, a missing reason): 400 naming the field. */
public class InvalidFieldException extends RuntimeException {

    private final Map<String, String> fields;

    public InvalidFieldException(String field, String message) {
        super(field + ": " + message);
        this.fields = Map.of(field, message);
    }

    public Map<String, String> fields() {
        return fields;
    }
}
