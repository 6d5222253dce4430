package vn.motcua.web;

import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import vn.motcua.common.NotFoundException;

/**
 * Pages answer a refusal or an unknown code with a page, not with the API's JSON error; this advice comes before
 * the API's, which covers every package.
 */
@ControllerAdvice(basePackages = "vn.motcua.web")
@Order(Ordered.HIGHEST_PRECEDENCE)
class WebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(WebExceptionHandler.class);

    @ExceptionHandler(AccessDeniedException.class)
    String forbidden(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        return "error/403";
    }

    /**
     * Anything else: a bad request keeps its own status (Spring's web exceptions know theirs); a failure is logged,
     * and the page says that nothing was saved (each step is one transaction).
     */
    @ExceptionHandler(Exception.class)
    String unexpected(Exception e, HttpServletResponse response) {
        if (e instanceof ErrorResponse known) {
            response.setStatus(known.getStatusCode().value());
            return "error/error";
        }
        log.error("Page failed", e);
        response.setStatus(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
        return "error/error";
    }

    @ExceptionHandler(NotFoundException.class)
    String notFound(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        return "error/404";
    }
}
