package vn.motcua.portal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** docs/portal.md; ADMIN alone, as everything under {@code /api/admin/**}. */
@RestController
@RequestMapping("/api/admin/portal")
@Tag(name = "Portal")
class PortalClientController {

    private final PortalClients clients;
    private final PortalOutbox outbox;

    PortalClientController(PortalClients clients, PortalOutbox outbox) {
        this.clients = clients;
        this.outbox = outbox;
    }

    @GetMapping("/clients")
    @Operation(operationId = "listPortalClients", summary = "List the portal clients (secrets are never shown)")
    List<PortalClient> list() {
        return clients.all();
    }

    @PostMapping("/clients")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            operationId = "registerPortalClient",
            summary = "Register a portal client of the token endpoint",
            description = "{clientId, name, secret (16+ characters, stored hashed), scopes: [dossier.submit…],"
                    + " unitCode (the desk that checks its dossiers)}")
    PortalClient register(@RequestBody PortalClients.Registration registration) {
        return clients.register(registration);
    }

    @GetMapping("/outbox")
    @Operation(operationId = "getPortalOutbox", summary = "How many status changes wait for the portal, and since when")
    PortalOutbox.Backlog outbox() {
        return outbox.backlog();
    }
}
