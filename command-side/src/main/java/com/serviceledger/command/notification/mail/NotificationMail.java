package com.serviceledger.command.notification.mail;

import com.serviceledger.platform.notification.Delivery;
import com.serviceledger.platform.notification.NotificationTexts;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import org.springframework.web.util.HtmlUtils;

/**
 * One notification as an e-mail: the subject and text of the inbox in the recipient's language, as plain text with
 * a simple HTML alternative. Its Message-ID is the delivery's id, the same at every attempt, so that a receiver
 * can drop the repeat that follows a crash between handing a mail over and recording it.
 */
final class NotificationMail {

    static final String NOTIFICATION_HEADER = "X-ServiceLedger-Notification";
    static final String KIND_HEADER = "X-ServiceLedger-Kind";

    private NotificationMail() {
    }

    static String messageIdOf(Delivery delivery) {
        return "<" + delivery.id() + "@serviceledger>";
    }

    /** Fills the (empty) message; the caller's sender keeps an explicit Message-ID when it saves the message. */
    static void compose(MimeMessage message, Delivery delivery, NotificationTexts.Text text, InternetAddress from,
                        InternetAddress to) throws MessagingException {
        String charset = StandardCharsets.UTF_8.name();
        message.setFrom(from);
        message.setRecipient(Message.RecipientType.TO, to);
        message.setSubject(text.subject(), charset);
        message.setSentDate(new Date());
        message.setHeader("Message-ID", messageIdOf(delivery));
        message.setHeader(NOTIFICATION_HEADER, delivery.id());
        message.setHeader(KIND_HEADER, delivery.kind().name());
        message.setHeader("Content-Language", delivery.language());
        // RFC 3834: sent by a machine, so out-of-office replies are not sent back to it
        message.setHeader("Auto-Submitted", "auto-generated");

        MimeBodyPart plain = new MimeBodyPart();
        plain.setText(text.body(), charset);
        MimeBodyPart html = new MimeBodyPart();
        html.setText(html(text, delivery.language()), charset, "html");
        // the preferred part last (RFC 2046)
        MimeMultipart alternatives = new MimeMultipart("alternative");
        alternatives.addBodyPart(plain);
        alternatives.addBodyPart(html);
        message.setContent(alternatives);
    }

    private static String html(NotificationTexts.Text text, String language) {
        return "<!DOCTYPE html><html lang=\"" + HtmlUtils.htmlEscape(language) + "\"><head><meta charset=\"utf-8\">"
                + "<title>" + HtmlUtils.htmlEscape(text.subject()) + "</title></head><body>"
                + "<p>" + HtmlUtils.htmlEscape(text.body()).replace("\n", "<br>") + "</p></body></html>";
    }
}
