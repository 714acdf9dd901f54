package com.serviceledger.command.notification;

import com.serviceledger.kernel.notification.NotificationChannel;
import com.serviceledger.platform.notification.Delivery;

/**
 * Hands notifications of one channel over (SMTP, webhook). Called on a virtual thread of its own per delivery,
 * so it may block, but must bound every wait (connect and read timeouts) well inside the delivery lease.
 */
public interface ChannelSender {

    NotificationChannel channel();

    /** One attempt; never throws for a failure of the receiver, which is a {@link SendResult}. */
    SendResult send(Delivery delivery);
}
