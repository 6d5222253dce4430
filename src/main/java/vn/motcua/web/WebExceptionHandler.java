package vn.motcua.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.AccessDeniedException;
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

    @ExceptionHandler(AccessDeniedException.class)
    String forbidden(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        return "error/403";
    }

    @ExceptionHandler(NotFoundException.class)
    String notFound(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        return "error/404";
    }
}
