package vn.motcua.common;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.validation.ConstraintViolationException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Turns every failure of an API call into the JSON error of docs/api.md. The transaction of the failed step has
 * already rolled back by the time we get here, so a 4xx never leaves anything half-written.
 */
@RestControllerAdvice(basePackages = "vn.motcua")
class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<ApiError> invalidBody(MethodArgumentNotValidException e) {
        Map<String, String> fields = new LinkedHashMap<>();
        e.getBindingResult().getFieldErrors().forEach(f -> fields.putIfAbsent(f.getField(), f.getDefaultMessage()));
        e.getBindingResult()
                .getGlobalErrors()
                .forEach(g -> fields.putIfAbsent(g.getObjectName(), g.getDefaultMessage()));
        return validation(fields);
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<ApiError> invalidParameter(ConstraintViolationException e) {
        Map<String, String> fields = e.getConstraintViolations().stream()
                .collect(Collectors.toMap(
                        v -> lastNode(v.getPropertyPath().toString()),
                        v -> v.getMessage(),
                        (a, b) -> a,
                        LinkedHashMap::new));
        return validation(fields);
    }

    @ExceptionHandler(InvalidFieldException.class)
    ResponseEntity<ApiError> invalidField(InvalidFieldException e) {
        return validation(e.fields());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ApiError> unreadable(HttpMessageNotReadableException e) {
        if (e.getCause() instanceof JsonMappingException mapping
                && !mapping.getPath().isEmpty()) {
            String field = jsonPath(mapping);
            String message = mapping instanceof InvalidFormatException invalid
                            && invalid.getTargetType().isEnum()
                    ? "must be one of "
                            + java.util.Arrays.toString(invalid.getTargetType().getEnumConstants())
                    : mapping instanceof MismatchedInputException ? "has the wrong type" : "is not readable";
            return validation(Map.of(field, message));
        }
        return ResponseEntity.badRequest()
                .body(new ApiError(400, "validation", "The request body is not valid JSON", Map.of()));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ApiError> wrongParameterType(MethodArgumentTypeMismatchException e) {
        return validation(Map.of(e.getName(), "has the wrong format"));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ApiError> missingParameter(MissingServletRequestParameterException e) {
        return validation(Map.of(e.getParameterName(), "is required"));
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ApiError> notFound(NotFoundException e) {
        return error(HttpStatus.NOT_FOUND, "not_found", e.getMessage());
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<ApiError> noResource(NoResourceFoundException e) {
        return error(HttpStatus.NOT_FOUND, "not_found", "No such resource");
    }

    @ExceptionHandler({
        ConflictException.class,
        TaskAlreadyClaimedException.class,
        OptimisticLockingException.class,
        DuplicateKeyException.class
    })
    ResponseEntity<ApiError> conflict(RuntimeException e) {
        return error(
                HttpStatus.CONFLICT,
                "conflict",
                e instanceof ConflictException
                        ? e.getMessage()
                        : "Someone else changed this dossier or task at the same time; reload and try again");
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ApiError> forbidden(AccessDeniedException e) {
        return error(HttpStatus.FORBIDDEN, "forbidden", e.getMessage());
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ApiError> methodNotAllowed(HttpRequestMethodNotSupportedException e) {
        return error(HttpStatus.METHOD_NOT_ALLOWED, "method_not_allowed", e.getMessage());
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ApiError> unsupportedMediaType(HttpMediaTypeNotSupportedException e) {
        return error(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported_media_type", e.getMessage());
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ApiError> tooLarge(MaxUploadSizeExceededException e) {
        return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE)
                .body(new ApiError(
                        413,
                        "too_large",
                        "The upload is larger than allowed",
                        Map.of("file", "is larger than allowed")));
    }

    @ExceptionHandler(PayloadTooLargeException.class)
    ResponseEntity<ApiError> fileTooLarge(PayloadTooLargeException e) {
        return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE)
                .body(new ApiError(413, "too_large", "The upload is larger than allowed", e.fields()));
    }

    @ExceptionHandler(UnsupportedFileTypeException.class)
    ResponseEntity<ApiError> fileType(UnsupportedFileTypeException e) {
        return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE)
                .body(new ApiError(415, "unsupported_media_type", "Only PDF, JPEG and PNG files are kept", e.fields()));
    }

    @ExceptionHandler(FileIntegrityException.class)
    ResponseEntity<ApiError> fileIntegrity(FileIntegrityException e) {
        log.error("Stored file refused: {}", e.getMessage());
        return error(HttpStatus.INTERNAL_SERVER_ERROR, "file_integrity", e.getMessage());
    }

    @ExceptionHandler({CannotCreateTransactionException.class, DataAccessResourceFailureException.class})
    ResponseEntity<ApiError> databaseDown(RuntimeException e) {
        log.error("Database unavailable", e);
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).body(ApiError.DATABASE_UNAVAILABLE);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ApiError> unexpected(Exception e) {
        if (DatabaseUnreachable.causedBy(e)) {
            return databaseDown(new DataAccessResourceFailureException("Database unreachable", e));
        }
        log.error("Unexpected failure", e);
        return error(HttpStatus.INTERNAL_SERVER_ERROR, "internal", "An unexpected error occurred; nothing was saved");
    }

    private static ResponseEntity<ApiError> validation(Map<String, String> fields) {
        return ResponseEntity.badRequest().body(new ApiError(400, "validation", "Some fields are not valid", fields));
    }

    private static ResponseEntity<ApiError> error(HttpStatus status, String error, String message) {
        return ResponseEntity.status(status).body(ApiError.of(status.value(), error, message));
    }

    private static String jsonPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String lastNode(String propertyPath) {
        int dot = propertyPath.lastIndexOf('.');
        return dot < 0 ? propertyPath : propertyPath.substring(dot + 1);
    }
}
