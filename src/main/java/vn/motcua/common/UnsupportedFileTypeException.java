package vn.motcua.common;

import java.util.Map;

/** A file whose content is of a type the office does not keep: 415 naming the field. */
public class UnsupportedFileTypeException extends RuntimeException {

    private final Map<String, String> fields;

    public UnsupportedFileTypeException(String field, String message) {
        super(field + ": " + message);
        this.fields = Map.of(field, message);
    }

    public Map<String, String> fields() {
        return fields;
    }
}
