package vn.motcua.portal;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.audit.AdministrationLog;
import vn.motcua.common.ConflictException;
import vn.motcua.common.InvalidFieldException;
import vn.motcua.common.NotFoundException;
import vn.motcua.office.OfficeDirectory;

/**
 * The portal clients, for the administrator ({@code /api/admin/portal/clients}) and for the token endpoint, which
 * reads them as Spring Authorization Server's registered clients: client credentials only, the secret checked against
 * its BCrypt hash, a JWT access token of {@link #TOKEN_LIFETIME}.
 */
@Service
public class PortalClients implements RegisteredClientRepository {

    static final Duration TOKEN_LIFETIME = Duration.ofMinutes(30);
    /** The scopes there are: submitting dossiers, and reading them back (reserved for the portal's lookups). */
    static final Set<String> SCOPES = Set.of(PortalClient.SUBMIT, "dossier.read");

    private static final Pattern CLIENT_ID = Pattern.compile("[a-z0-9][a-z0-9._-]{1,56}");

    private final PortalClientMapper mapper;
    private final PasswordEncoder passwords;
    private final OfficeDirectory office;
    private final AdministrationLog log;
    private final Clock clock;

    PortalClients(
            PortalClientMapper mapper,
            PasswordEncoder passwords,
            OfficeDirectory office,
            AdministrationLog log,
            Clock clock) {
        this.mapper = mapper;
        this.passwords = passwords;
        this.office = office;
        this.log = log;
        this.clock = clock;
    }

    /** What the administrator posts; the secret is shown nowhere after this. */
    public record Registration(String clientId, String name, String secret, List<String> scopes, String unitCode) {}

    public List<PortalClient> all() {
        return mapper.all().stream().map(PortalClientMapper.Row::client).toList();
    }

    public PortalClient get(String clientId) {
        PortalClientMapper.Row row = mapper.find(clientId);
        if (row == null) {
            throw new NotFoundException("No portal client " + clientId);
        }
        return row.client();
    }

    @Transactional
    public PortalClient register(Registration registration) {
        String clientId =
                registration.clientId() == null ? "" : registration.clientId().strip();
        if (!CLIENT_ID.matcher(clientId).matches()) {
            throw new InvalidFieldException(
                    "clientId", "2 to 57 characters: lower-case letters, digits, '.', '_' or '-'");
        }
        if (registration.name() == null
                || registration.name().isBlank()
                || registration.name().length() > 255) {
            throw new InvalidFieldException("name", "must not be blank (at most 255 characters)");
        }
        String secret = registration.secret();
        if (secret == null || secret.length() < 16 || secret.length() > 200) {
            throw new InvalidFieldException("secret", "must be 16 to 200 characters");
        }
        if (registration.scopes() == null || registration.scopes().isEmpty()) {
            throw new InvalidFieldException("scopes", "must name at least one of " + new TreeSet<>(SCOPES));
        }
        for (String scope : registration.scopes()) {
            if (!SCOPES.contains(scope)) {
                throw new InvalidFieldException(
                        "scopes", "unknown scope " + scope + "; known: " + new TreeSet<>(SCOPES));
            }
        }
        if (registration.unitCode() == null
                || office.findUnit(registration.unitCode()).isEmpty()) {
            throw new InvalidFieldException("unitCode", "unknown unit " + registration.unitCode());
        }
        try {
            mapper.insert(
                    clientId,
                    registration.name().strip(),
                    passwords.encode(secret),
                    String.join(" ", new TreeSet<>(registration.scopes())),
                    registration.unitCode(),
                    clock.instant());
        } catch (DuplicateKeyException e) {
            throw new ConflictException("Portal client " + clientId + " exists already");
        }
        PortalClient client = get(clientId);
        log.record(
                "PORTAL_CLIENT_CREATED",
                clientId,
                null,
                Map.of("name", client.name(), "scopes", client.scopes(), "unitCode", client.unitCode()));
        return client;
    }

    // --- RegisteredClientRepository: what the token endpoint reads --------------------------------

    @Override
    public void save(RegisteredClient registeredClient) {
        throw new UnsupportedOperationException("Portal clients are registered through /api/admin/portal/clients");
    }

    @Override
    public RegisteredClient findById(String id) {
        return findByClientId(id);
    }

    @Override
    public RegisteredClient findByClientId(String clientId) {
        PortalClientMapper.Row row = mapper.find(clientId);
        if (row == null || !row.enabled()) {
            return null;
        }
        PortalClient client = row.client();
        return RegisteredClient.withId(client.clientId())
                .clientId(client.clientId())
                .clientName(client.name())
                .clientSecret(client.secretHash())
                .clientIdIssuedAt(client.createdAt())
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .scopes(scopes -> scopes.addAll(client.scopes()))
                .tokenSettings(TokenSettings.builder()
                        .accessTokenTimeToLive(TOKEN_LIFETIME)
                        .build())
                .build();
    }
}
