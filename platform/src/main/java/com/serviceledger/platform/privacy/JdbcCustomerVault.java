package com.serviceledger.platform.privacy;

import com.serviceledger.kernel.common.ContactErased;
import com.serviceledger.kernel.common.CustomerContact;
import com.serviceledger.kernel.common.ProtectedContact;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The customer vault on the event store's database ({@code customer_vault}, {@code customer_fingerprint},
 * {@code customer_case}; Flyway V4). Inside a command it writes in the command's transaction, so a case and
 * its vault rows are stored together or not at all.
 */
public class JdbcCustomerVault implements CustomerVault {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final PiiCipher cipher;
    private final Fingerprints fingerprints;
    private final PhoneNumbers phones;
    private final PiiFinder finder;
    private final PiiTokens freeText;
    private final Clock clock;

    public JdbcCustomerVault(JdbcTemplate jdbc, TransactionTemplate transaction, PiiCipher cipher,
                             Fingerprints fingerprints, PhoneNumbers phones, Clock clock) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.cipher = cipher;
        this.fingerprints = fingerprints;
        this.phones = phones;
        this.finder = new PiiFinder(phones);
        this.freeText = new PiiTokens(cipher);
        this.clock = clock;
    }

    @Override
    public ProtectedContact protect(CustomerContact typed, CaseRef namedBy, String subsidiaryId) {
        String region = phones.regionOf(subsidiaryId);
        // the canonical form is what is printed, masked and encrypted: one form per person, whatever was typed
        CustomerContact contact = new CustomerContact(typed.name(),
                typed.phone() == null || typed.phone().isBlank() ? null
                        : phones.canonical(typed.phone(), region, "customer.phone"),
                Emails.canonical(typed.email()));
        // looked up under every fingerprint key, current first: a customer registered before a key rotation
        // is found again through a retired key's print, one registered before phones were parsed through the
        // print of the digits as typed then
        Optional<Owner> byPhone = owner(fingerprints.ofPhoneUnderEveryKey(phones.lookupForms(typed.phone(), region)));
        Optional<Owner> byEmail = owner(fingerprints.ofEmailUnderEveryKey(contact.email()));
        String customerId = byPhone.or(() -> byEmail).map(Owner::customerId).orElse(null);
        byte[] dataKey;
        try {
            if (customerId == null) {
                customerId = "CUS-" + UUID.randomUUID();
                dataKey = cipher.newDataKey();
                jdbc.update("INSERT INTO customer_vault (customer_id, wrapped_key, master_key_id, fingerprint_key_id, "
                                + "name_mask, phone_mask, email_mask, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                        customerId, cipher.wrap(dataKey, customerId), cipher.masterKeyId(), fingerprints.keyId(),
                        Masks.name(contact.name()), Masks.phone(contact.phone()), Masks.email(contact.email()),
                        OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
            } else {
                String id = customerId;
                dataKey = dataKey(customerId).orElseThrow(() -> new ContactErased("Customer " + id + " was erased"));
                // the masks show the latest contact the customer gave
                jdbc.update("UPDATE customer_vault SET name_mask = ?, phone_mask = COALESCE(?, phone_mask), "
                                + "email_mask = COALESCE(?, email_mask) WHERE customer_id = ?",
                        Masks.name(contact.name()), Masks.phone(contact.phone()), Masks.email(contact.email()),
                        customerId);
            }
            register(fingerprints.ofPhone(contact.phone()), byPhone, customerId);
            register(fingerprints.ofEmail(contact.email()), byEmail, customerId);
            jdbc.update("INSERT INTO customer_case (customer_id, case_type, case_id) VALUES (?, ?, ?)", customerId,
                    namedBy.caseType(), namedBy.caseId());
        } catch (DuplicateKeyException e) {
            // another case of the same new customer was registered at the same moment: the retry finds it
            throw new ConcurrencyException("The customer was registered concurrently; retry", e);
        }
        return new ProtectedContact(customerId,
                cipher.encrypt(dataKey, customerId, "name", contact.name()),
                cipher.encrypt(dataKey, customerId, "phone", contact.phone()),
                cipher.encrypt(dataKey, customerId, "email", contact.email()));
    }

    /**
     * Adds the current key's print of a phone or e-mail: when nobody has it yet, or (lazily) when the customer
     * was found through a retired key's print. A print that is another customer's stays theirs.
     */
    private void register(String print, Optional<Owner> owner, String customerId) {
        if (print == null || owner.filter(o -> o.current() || !o.customerId().equals(customerId)).isPresent()) {
            return;
        }
        jdbc.update("INSERT INTO customer_fingerprint (fingerprint, customer_id, key_id) VALUES (?, ?, ?)", print,
                customerId, fingerprints.keyId());
    }

    /** Who a print belongs to, and whether through the current key's print. */
    private record Owner(String customerId, boolean current) {
    }

    /** The owner of the first of the prints (current key first) that is registered. */
    private Optional<Owner> owner(List<String> prints) {
        if (prints.isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> owners = new HashMap<>();
        jdbc.query("SELECT fingerprint, customer_id FROM customer_fingerprint WHERE fingerprint IN ("
                        + String.join(", ", prints.stream().map(p -> "?").toList()) + ")",
                rs -> {
                    owners.put(rs.getString(1), rs.getString(2));
                }, prints.toArray());
        for (int i = 0; i < prints.size(); i++) {
            String owner = owners.get(prints.get(i));
            if (owner != null) {
                return Optional.of(new Owner(owner, i == 0));
            }
        }
        return Optional.empty();
    }

    @Override
    public String protectText(String text, String customerId, String subsidiaryId) {
        List<PiiFinder.Found> found = finder.find(text, phones.regionOf(subsidiaryId));
        if (found.isEmpty()) {
            return text;
        }
        byte[] dataKey = customerId == null ? null : dataKey(customerId).orElse(null);
        return freeText.protect(text, found, customerId, dataKey);
    }

    /**
     * Masks the tokens of these customers' free text ({@link PiiTokens#mask}), with their keys read in one query;
     * the tokens of an erased customer (or of one not named) show as erased.
     */
    public UnaryOperator<String> textMasks(Collection<String> customerIds) {
        Map<String, byte[]> keys = dataKeys(customerIds);
        return text -> freeText.mask(text, keys);
    }

    @Override
    public CustomerContact reveal(ProtectedContact contact) {
        String customerId = contact.customerId();
        byte[] dataKey = customerId == null ? null : dataKey(customerId).orElse(null);
        if (dataKey == null) {
            throw new ContactErased("The personal data of customer " + customerId + " was erased");
        }
        return new CustomerContact(cipher.decrypt(dataKey, customerId, "name", contact.name()),
                cipher.decrypt(dataKey, customerId, "phone", contact.phone()),
                cipher.decrypt(dataKey, customerId, "email", contact.email()));
    }

    /**
     * The customer a phone number was registered under (erased customers are forgotten); a number without a
     * country code is read in the default region. Never refuses a number: one that is not valid is still looked
     * up by its digits, under which a customer may have been registered before phones were parsed.
     */
    public Optional<String> customerByPhone(String phone) {
        return owner(fingerprints.ofPhoneUnderEveryKey(phones.lookupForms(phone, phones.defaultRegion())))
                .map(Owner::customerId);
    }

    public Optional<String> customerByEmail(String email) {
        return owner(fingerprints.ofEmailUnderEveryKey(email)).map(Owner::customerId);
    }

    /** Whether the vault knows this customer, erased or not. */
    public boolean knows(String customerId) {
        return !jdbc.queryForList("SELECT 1 FROM customer_vault WHERE customer_id = ?", Integer.class, customerId)
                .isEmpty();
    }

    public List<CaseRef> casesOf(String customerId) {
        return jdbc.query("SELECT case_type, case_id FROM customer_case WHERE customer_id = ? ORDER BY case_type, "
                + "case_id", (rs, i) -> new CaseRef(rs.getString(1), rs.getString(2)), customerId);
    }

    /**
     * Shreds the customer: the data key and masks go (every token in every event becomes unreadable) and the
     * fingerprints with them, in one transaction. Done already: the first erasure's moment, unchanged.
     *
     * @return when the customer was erased
     */
    public Instant erase(String customerId, String erasedBy) {
        return transaction.execute(status -> {
            jdbc.update("UPDATE customer_vault SET wrapped_key = NULL, name_mask = NULL, phone_mask = NULL, "
                            + "email_mask = NULL, erased_at = ?, erased_by = ? WHERE customer_id = ? AND erased_at IS NULL",
                    OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC), erasedBy, customerId);
            jdbc.update("DELETE FROM customer_fingerprint WHERE customer_id = ?", customerId);
            return jdbc.queryForObject("SELECT erased_at FROM customer_vault WHERE customer_id = ?",
                    (rs, i) -> rs.getObject(1, OffsetDateTime.class).toInstant(), customerId);
        });
    }

    /** The erasure moment, if the customer was erased. */
    public Optional<Instant> erasedAt(String customerId) {
        return jdbc.query("SELECT erased_at FROM customer_vault WHERE customer_id = ?",
                        (rs, i) -> Optional.ofNullable(rs.getObject(1, OffsetDateTime.class)), customerId)
                .stream().flatMap(Optional::stream).map(OffsetDateTime::toInstant).findFirst();
    }

    /** The masks of many customers in one query; an id the vault does not know shows the id alone. */
    public Map<String, CustomerCard> cards(Collection<String> customerIds) {
        List<String> ids = List.copyOf(new LinkedHashSet<>(customerIds));
        Map<String, CustomerCard> cards = new HashMap<>();
        if (ids.isEmpty()) {
            return cards;
        }
        String marks = String.join(", ", ids.stream().map(id -> "?").toList());
        jdbc.query("SELECT customer_id, name_mask, phone_mask, email_mask, erased_at FROM customer_vault "
                + "WHERE customer_id IN (" + marks + ")", rs -> {
            String id = rs.getString(1);
            boolean erased = rs.getObject(5) != null;
            cards.put(id, erased ? CustomerCard.erased(id)
                    : new CustomerCard(id, rs.getString(2), rs.getString(3), rs.getString(4), false));
        }, ids.toArray());
        ids.forEach(id -> cards.putIfAbsent(id, new CustomerCard(id, null, null, null, false)));
        return cards;
    }

    /** The data keys of these customers that are not erased, in one query. */
    private Map<String, byte[]> dataKeys(Collection<String> customerIds) {
        List<String> ids = List.copyOf(new LinkedHashSet<>(customerIds));
        Map<String, byte[]> keys = new HashMap<>();
        if (ids.isEmpty()) {
            return keys;
        }
        jdbc.query("SELECT customer_id, wrapped_key, master_key_id FROM customer_vault WHERE wrapped_key IS NOT NULL "
                        + "AND customer_id IN (" + String.join(", ", ids.stream().map(id -> "?").toList()) + ")",
                rs -> {
                    String id = rs.getString(1);
                    try {
                        keys.put(id, cipher.unwrap(rs.getString(2), rs.getString(3), id).dataKey());
                    } catch (PiiCipher.UnreadableToken lostMasterKey) {
                        // its tokens show as erased; the key rotation lists the customer as a failure
                    }
                }, ids.toArray());
        return keys;
    }

    /** The data key under whichever configured master key wrapped it; empty once erased. */
    private Optional<byte[]> dataKey(String customerId) {
        return jdbc.query("SELECT wrapped_key, master_key_id FROM customer_vault WHERE customer_id = ?",
                        (rs, i) -> rs.getString(1) == null ? null
                                : cipher.unwrap(rs.getString(1), rs.getString(2), customerId).dataKey(),
                        customerId).stream().filter(java.util.Objects::nonNull).findFirst();
    }
}
