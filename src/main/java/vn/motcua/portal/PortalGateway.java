package vn.motcua.portal;

/**
 * Where status changes leave for the portal: the one class a province changes when its gateway (LGSP) speaks
 * otherwise than the national portal's JSON (docs/portal.md, "Writing an adapter"). The outbox calls it from one
 * thread at a time per dossier, in {@code seq} order, and again after any exception.
 */
public interface PortalGateway {

    /**
     * Delivers one change; returns normally only when the portal acknowledged it. Anything thrown (a refusal, a
     * timeout, no connection) counts as not delivered: the change is tried again later, and the dossier's next
     * changes wait for it.
     */
    void send(StatusChange change) throws Exception;
}
