package vn.motcua.common;

import java.net.URI;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The address at which citizens reach the office's public pages (the lookup the receipt's QR code opens). An office
 * behind a reverse proxy or on an intranet address sets {@code motcua.public-base-url} ({@code MOTCUA_PUBLIC_BASE_URL});
 * without it, the address the current request came in on, which is right only when staff and citizens use the same.
 */
@Component
public class PublicAddress {

    private final String configured;

    PublicAddress(@Value("${motcua.public-base-url:}") String configured) {
        this.configured = stripSlash(configured.strip());
        if (!this.configured.isEmpty()) {
            URI uri = URI.create(this.configured);
            // A receipt's QR code is printed once and kept by the citizen: a wrong setting fails at start, not on
            // paper.
            if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
                throw new IllegalStateException(
                        "motcua.public-base-url must be an absolute http(s) address, not " + configured);
            }
        }
    }

    /** The base address, without a trailing slash; the public paths ({@code /tra-cuu}) go after it. */
    public String base() {
        if (!configured.isEmpty()) {
            return configured;
        }
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes) {
            return stripSlash(
                    ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString());
        }
        return "";
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
