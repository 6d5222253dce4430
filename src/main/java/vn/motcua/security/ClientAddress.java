package vn.motcua.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The address a request came from, for the sign-in throttle (docs/security.md, "Client address"). The connection's
 * remote address, unless it is one of the configured trusted proxies ({@code motcua.sign-in.trusted-proxies}): then
 * the right-most address of {@code X-Forwarded-For} that is not itself a trusted proxy. Anyone can write that header,
 * so it is believed only from a proxy the office runs.
 */
@Component
public class ClientAddress {

    private final Set<String> trustedProxies;

    ClientAddress(@Value("${motcua.sign-in.trusted-proxies:}") List<String> trustedProxies) {
        this.trustedProxies = trustedProxies.stream()
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    public String of(HttpServletRequest request) {
        String remote = request.getRemoteAddr();
        if (!trustedProxies.contains(remote)) {
            return remote;
        }
        String forwarded = request.getHeader("X-Forwarded-For");
        if (forwarded == null || forwarded.isBlank()) {
            return remote;
        }
        String[] hops = forwarded.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].trim();
            if (!hop.isEmpty() && !trustedProxies.contains(hop)) {
                return hop;
            }
        }
        return remote;
    }
}
