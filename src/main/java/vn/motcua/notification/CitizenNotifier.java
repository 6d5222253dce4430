package vn.motcua.notification;

/** A way to reach the applicant: e-mail today; an SMS gateway implements {@link SmsGateway}. */
public interface CitizenNotifier {

    void send(Notice notice);
}
