package com.serviceledger.command.notification.mail;

import com.serviceledger.command.notification.ChannelSender;
import com.serviceledger.command.notification.SendResult;
import com.serviceledger.kernel.common.ContactErased;
import com.serviceledger.kernel.common.CustomerContact;
import com.serviceledger.kernel.notification.NotificationChannel;
import com.serviceledger.kernel.organisation.Language;
import com.serviceledger.platform.notification.Delivery;
import com.serviceledger.platform.notification.NotificationTexts;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * The e-mail channel: hands each notification to the configured SMTP server, in the recipient's language.
 * Staff and unit contacts have their address in the row; a customer's is read from the vault at each attempt
 * ({@link CaseCustomers}), so an erased customer is never written to. Timeouts are the SMTP session's
 * ({@code spring.mail.properties.mail.smtp.*timeout}), well inside the delivery lease.
 */
public class MailSender implements ChannelSender {

    private static final String CUSTOMER = "customer:";

    private final JavaMailSender mail;
    private final CaseCustomers customers;
    private final InternetAddress from;

    /** @throws AddressException when {@code from} is not an address such as {@code Name <noreply@example.com>} */
    public MailSender(JavaMailSender mail, CaseCustomers customers, String from) throws AddressException {
        this.mail = mail;
        this.customers = customers;
        InternetAddress parsed = new InternetAddress(from, true);
        this.from = named(parsed.getAddress(), parsed.getPersonal());
    }

    @Override
    public NotificationChannel channel() {
        return NotificationChannel.EMAIL;
    }

    @Override
    public SendResult send(Delivery delivery) {
        InternetAddress to;
        try {
            Optional<InternetAddress> address = addressOf(delivery);
            if (address.isEmpty()) {
                return SendResult.cancel(delivery.recipient().startsWith(CUSTOMER) ? "customer gave no e-mail"
                        : "no e-mail address");
            }
            to = address.get();
        } catch (ContactErased e) {
            return SendResult.cancel("customer erased");
        } catch (AddressException e) {
            // not the address itself in the log: it may be a customer's
            return SendResult.park(null, "not an e-mail address");
        }
        NotificationTexts.Text text = NotificationTexts.render(delivery.kind(), Language.of(delivery.language()),
                delivery.payload());
        try {
            MimeMessage message = mail.createMimeMessage();
            NotificationMail.compose(message, delivery, text, from, to);
            mail.send(message);
            // the server accepted the mail at the end of DATA, to which 250 is the one success reply (RFC 5321)
            return SendResult.delivered(250);
        } catch (MessagingException e) {
            throw new IllegalStateException("the notification " + delivery.id() + " does not make a mail", e);
        } catch (MailException e) {
            return SmtpFailures.of(e, to.getAddress());
        }
    }

    /** The recipient's address: the row's, or the customer's from the vault (with their name); empty for none. */
    private Optional<InternetAddress> addressOf(Delivery delivery) throws AddressException {
        if (delivery.recipient().startsWith(CUSTOMER)) {
            Optional<CustomerContact> customer = customers.of(delivery);
            if (customer.isEmpty() || blank(customer.get().email())) {
                return Optional.empty();
            }
            InternetAddress address = new InternetAddress(customer.get().email(), true);
            return Optional.of(named(address.getAddress(), customer.get().name()));
        }
        return blank(delivery.address()) ? Optional.empty()
                : Optional.of(new InternetAddress(delivery.address().strip(), true));
    }

    /** The personal name MIME-encoded as UTF-8, so that a Chinese name survives any server. */
    private static InternetAddress named(String address, String personal) {
        try {
            return new InternetAddress(address, personal, StandardCharsets.UTF_8.name());
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException("UTF-8 is always there", e);
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
