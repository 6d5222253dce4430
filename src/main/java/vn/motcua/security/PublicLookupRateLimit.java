package vn.motcua.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.motcua.common.ApiError;

/**
 * The citizen's lookup needs no login, so it is rationed per client: with a code and four phone digits to
 * guess, an unlimited lookup would let anyone walk the office's dossiers. Covers the API and the lookup page.
 */
@Component
class PublicLookupRateLimit extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(PublicLookupRateLimit.class);

    private final int perMinute;
    private final ObjectMapper json;
    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .maximumSize(100_000)
            .expireAfterAccess(Duration.ofMinutes(10))
            .build();

    PublicLookupRateLimit(@Value("${motcua.public-lookup.requests-per-minute:20}") int perMinute, ObjectMapper json) {
        this.perMinute = perMinute;
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/tra-cuu")) {
            // The page itself costs nothing; its lookups (POST) are what is rationed.
            return !"POST".equals(request.getMethod());
        }
        return !path.startsWith("/api/public/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Bucket bucket = buckets.get(
                request.getRemoteAddr(),
                client -> Bucket.builder()
                        .addLimit(Bandwidth.builder()
                                .capacity(perMinute)
                                .refillGreedy(perMinute, Duration.ofMinutes(1))
                                .build())
                        .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            chain.doFilter(request, response);
            return;
        }
        long waitSeconds =
                Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds());
        log.warn("Public lookup rate limit reached by {}", request.getRemoteAddr());
        response.setStatus(429);
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(waitSeconds));
        response.setCharacterEncoding("UTF-8");
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            json.writeValue(
                    response.getOutputStream(),
                    ApiError.of(429, "too_many_requests", "Too many lookups; try again in " + waitSeconds + " s"));
        } else {
            response.setContentType(MediaType.TEXT_HTML_VALUE);
            response.getWriter()
                    .write("<!DOCTYPE html><html lang=\"vi\"><meta charset=\"UTF-8\"><title>Tra cứu hồ sơ</title>"
                            + "<p>Bạn đã tra cứu quá nhiều lần. Vui lòng thử lại sau " + waitSeconds + " giây.</p>"
                            + "<p><a href=\"/tra-cuu\">Quay lại trang tra cứu</a></p></html>");
        }
    }
}
