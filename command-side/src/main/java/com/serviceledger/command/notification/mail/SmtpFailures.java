package com.serviceledger.command.notification.mail;

import com.serviceledger.command.notification.SendResult;
import jakarta.mail.MessagingException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPSenderFailedException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;

/**
 * What a failed hand-over to the SMTP server comes to. A 5xx reply is permanent (RFC 5321: the same mail will be
 * refused again, e.g. an unknown mailbox): parked, for an admin to look at and redeliver. A 4xx reply (mailbox
 * busy, greylisting, a server short of resources) and a failure without a reply (connection refused, timeout) are
 * transient: tried again later. The detail never names the recipient's address, which may be a customer's: the
 * delivery log outlives an erasure.
 */
final class SmtpFailures {

    private SmtpFailures() {
    }

    static SendResult of(MailException failure, String recipientAddress) {
        List<Throwable> causes = causes(failure);
        Throwable reply = null;
        int code = -1;
        for (Throwable cause : causes) {
            int rc = replyCode(cause);
            if (rc > code) {
                code = rc;
                reply = cause;
            }
        }
        if (reply == null) {
            // no reply: the innermost cause says why (Connection refused, Read timed out)
            return SendResult.retry(null, redacted("SMTP: " + describe(causes.getLast()), recipientAddress));
        }
        String detail = redacted("SMTP " + code + ": " + describe(reply), recipientAddress);
        return code >= 500 ? SendResult.park(code, detail) : SendResult.retry(code, detail);
    }

    /** The reply code an exception carries, -1 for none. */
    private static int replyCode(Throwable cause) {
        int rc = switch (cause) {
            case SMTPAddressFailedException e -> e.getReturnCode();
            case SMTPSenderFailedException e -> e.getReturnCode();
            case SMTPSendFailedException e -> e.getReturnCode();
            default -> -1;
        };
        return rc >= 400 && rc < 600 ? rc : -1;
    }

    /**
     * The failure and its causes, outermost first: Spring's exception keeps Jakarta Mail's per message, which
     * chains the server's per-address refusals as next exceptions.
     */
    private static List<Throwable> causes(MailException failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Throwable> causes = new ArrayList<>();
        List<Throwable> open = new ArrayList<>(List.of(failure));
        while (!open.isEmpty()) {
            Throwable next = open.removeFirst();
            if (next == null || !seen.add(next)) {
                continue;
            }
            causes.add(next);
            open.add(next.getCause());
            if (next instanceof MessagingException messaging) {
                open.add(messaging.getNextException());
            }
            if (next instanceof MailSendException send) {
                open.addAll(send.getFailedMessages().values());
            }
        }
        return causes;
    }

    private static String describe(Throwable cause) {
        String message = cause.getMessage();
        return message == null ? cause.getClass().getSimpleName()
                : cause.getClass().getSimpleName() + ": " + message.strip();
    }

    private static String redacted(String detail, String address) {
        return address == null || address.isEmpty() ? detail
                : detail.replaceAll("(?i)" + Pattern.quote(address), Matcher.quoteReplacement("<recipient>"));
    }
}
