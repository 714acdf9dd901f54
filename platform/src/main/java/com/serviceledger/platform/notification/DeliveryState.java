package com.serviceledger.platform.notification;

/** Where one notification on one channel stands. */
public enum DeliveryState {
    /** Waiting for its (next) attempt. */
    PENDING,
    /** Claimed by a sender until its lease ends; a sender that dies leaves it to be claimed again. */
    SENDING,
    /** Handed over: in the inbox, accepted by the SMTP server, answered 2xx by the webhook. */
    DELIVERED,
    /** Given up after the last attempt; an admin may deliver it again. */
    PARKED,
    /** Not to be sent at all (e.g. the customer was erased, or the recipient has no address). */
    CANCELLED
}
