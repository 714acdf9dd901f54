package com.serviceledger.command.notification;

import com.serviceledger.kernel.organisation.Language;

/**
 * One recipient of a notification, resolved through the directory as of the event.
 *
 * @param recipient the delivery table's recipient key
 * @param staffId   a staff member's id (they have an inbox), else null
 * @param email     the address, null when none is recorded (and for a customer: read from the vault when sent)
 */
record Addressee(String recipient, String staffId, String email, Language language) {

    boolean staff() {
        return staffId != null;
    }
}
