package io.harmsway.ops.notify;

import jakarta.mail.internet.MimeMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * Mail through Spring's {@link JavaMailSender} ({@code spring.mail.*}): multipart, a plain-text
 * and an HTML part. The delivery's key goes in a header of its own, for a mail system that wants to
 * drop a repeat.
 */
public class MailChannel implements DeliveryChannel {

    public static final String KEY_HEADER = "X-Harmsway-Notification-Id";

    private final JavaMailSender mail;
    private final MessageText text;
    private final String from;

    public MailChannel(JavaMailSender mail, MessageText text, String from) {
        this.mail = mail;
        this.text = text;
        this.from = from;
    }

    @Override
    public Channel channel() {
        return Channel.EMAIL;
    }

    @Override
    public void send(Delivery delivery) throws Exception {
        MimeMessage message = mail.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
        helper.setFrom(from);
        helper.setTo(delivery.address());
        helper.setSubject(text.subject(delivery.notice()));
        helper.setText(text.plain(delivery.notice()), text.html(delivery.notice()));
        message.setHeader(KEY_HEADER, delivery.key());
        mail.send(message);
    }
}
