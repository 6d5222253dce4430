package vn.motcua.common;

import java.util.Map;

/** An upload over a configured limit (a file, or a dossier's files together): 413 naming the field. */
public class PayloadTooLargeException extends RuntimeException {

    private final Map<String, String> fields;

    public PayloadTooLargeException(String field, String message) {
        super(field + ": " + message);
        this.fields = Map.of(field, message);
    }

    public Map<String, String> fields() {
        return fields;
    }
}
