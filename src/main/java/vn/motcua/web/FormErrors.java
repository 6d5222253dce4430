package vn.motcua.web;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Set;
import org.springframework.validation.BindingResult;
import vn.motcua.common.InvalidFieldException;

/**
 * Puts the API's own validation (the constraints on its request records, and the services' field rules) beside
 * the fields of a page form, so the pages check exactly what the API checks. Message codes are the constraint's
 * name ({@code NotBlank}, {@code Pattern.phone}) or {@code invalid.<field>} for a service rule; messages.properties
 * words them, and the English text of the rule is the fallback.
 */
final class FormErrors {

    private FormErrors() {}

    /** Validates the request the form becomes; true when there is nothing to say. */
    static <T> boolean validate(Validator validator, T request, BindingResult result) {
        Set<ConstraintViolation<T>> violations = validator.validate(request);
        for (ConstraintViolation<T> violation : violations) {
            String field = formField(violation.getPropertyPath().toString());
            String code = violation
                    .getConstraintDescriptor()
                    .getAnnotation()
                    .annotationType()
                    .getSimpleName();
            if (!result.hasFieldErrors(field)) {
                result.rejectValue(field, code, violation.getMessage());
            }
        }
        return violations.isEmpty();
    }

    static void reject(InvalidFieldException e, BindingResult result) {
        e.fields().forEach((field, message) -> result.rejectValue(formField(field), "invalid", message));
    }

    /** A list element's error belongs to the list's field: {@code documents[2].name} → {@code documents}. */
    private static String formField(String path) {
        int bracket = path.indexOf('[');
        return bracket < 0 ? path : path.substring(0, bracket);
    }
}
