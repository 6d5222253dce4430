package vn.motcua.notification;

/**
 * The provincial SMS brand-name gateway. No implementation ships: each province contracts its own; a bean of
 * this type is picked up and used beside e-mail.
 */
public interface SmsGateway {

    void send(String phone, String text);
}
