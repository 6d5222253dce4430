package vn.motcua.portal;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The administrator's page of the portal link ({@code /admin/portal}, ADMIN as all of /admin): backlog and clients. */
@Controller
class PortalPageController {

    private final PortalOutbox outbox;
    private final PortalClients clients;
    private final PortalSettings settings;
    private final ZoneId zone;

    PortalPageController(PortalOutbox outbox, PortalClients clients, PortalSettings settings, java.time.Clock clock) {
        this.outbox = outbox;
        this.clients = clients;
        this.settings = settings;
        this.zone = clock.getZone();
    }

    @GetMapping("/admin/portal")
    String page(Model model) {
        PortalOutbox.Backlog backlog = outbox.backlog();
        model.addAttribute("backlog", backlog);
        model.addAttribute(
                "oldestPendingAt",
                backlog.oldestPendingAt() == null ? null : OffsetDateTime.ofInstant(backlog.oldestPendingAt(), zone));
        model.addAttribute("syncUrl", settings.syncUrl());
        model.addAttribute("clients", clients.all());
        return "admin/portal";
    }
}
