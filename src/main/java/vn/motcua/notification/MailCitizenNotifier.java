package vn.motcua.notification;

import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/** E-mail to applicants who gave an address; active when {@code spring.mail.host} is set. */
@Component
@ConditionalOnProperty(name = "spring.mail.host")
class MailCitizenNotifier implements CitizenNotifier {

    private final JavaMailSender mail;
    private final String from;

    MailCitizenNotifier(JavaMailSender mail, @Value("${motcua.notifications.from:motcua@localhost}") String from) {
        this.mail = mail;
        this.from = from;
    }

    @Override
    public void send(Notice notice) {
        if (notice.email() == null || notice.email().isBlank()) {
            return;
        }
        mail.send(message -> {
            MimeMessageHelper helper = new MimeMessageHelper(message, StandardCharsets.UTF_8.name());
            helper.setFrom(from);
            helper.setTo(notice.email());
            helper.setSubject(notice.subject());
            helper.setText(notice.body());
        });
    }
}
