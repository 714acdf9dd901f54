package com.serviceledger.platform.privacy;

import com.serviceledger.kernel.common.CustomerContact;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The vault's side of a key rotation: finds the rows still under a retired (or unrecorded) key, re-wraps data
 * keys and re-fingerprints customers under the current keys, one batch per transaction, and counts what each
 * key still protects. Every step only moves rows towards the current keys, so it can run while commands run,
 * be repeated, and resume after a stop. Erased customers have no key and no prints: they are left alone.
 */
public class VaultKeys {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final PiiCipher cipher;
    private final Fingerprints fingerprints;
    private final PhoneNumbers phones;

    public VaultKeys(JdbcTemplate jdbc, TransactionTemplate transaction, PiiCipher cipher, Fingerprints fingerprints,
                     PhoneNumbers phones) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.cipher = cipher;
        this.fingerprints = fingerprints;
        this.phones = phones;
    }

    /** A row the rotation could not bring under the current key, and why. */
    public record Failure(String customerId, String step, String reason) {
    }

    /** The next customers (after {@code after}, by id) whose data key is not recorded under the current master key. */
    public List<String> wrappedUnderOtherKeys(String after, int limit) {
        return jdbc.queryForList("SELECT customer_id FROM customer_vault WHERE wrapped_key IS NOT NULL AND "
                        + "(master_key_id IS NULL OR master_key_id <> ?) AND customer_id > ? ORDER BY customer_id "
                        + "FETCH FIRST " + limit + " ROWS ONLY", String.class, cipher.masterKeyId(), after);
    }

    /**
     * Re-wraps the data keys of these customers under the current master key, in one transaction. The data key
     * itself stays, so every token in the events still decrypts. A row changed meanwhile (erased, or re-wrapped
     * by another run) is left as it is.
     *
     * @return the failures (a key under no configured master key); the others are done
     */
    public List<Failure> rewrap(Collection<String> customerIds) {
        return transaction.execute(status -> {
            List<Failure> failures = new ArrayList<>();
            for (String customerId : customerIds) {
                jdbc.query("SELECT wrapped_key, master_key_id FROM customer_vault WHERE customer_id = ?", rs -> {
                    String wrapped = rs.getString(1);
                    if (wrapped == null) {
                        return; // erased meanwhile
                    }
                    try {
                        byte[] dataKey = cipher.unwrap(wrapped, rs.getString(2), customerId).dataKey();
                        jdbc.update("UPDATE customer_vault SET wrapped_key = ?, master_key_id = ? WHERE customer_id = ? "
                                        + "AND wrapped_key = ?", cipher.wrap(dataKey, customerId), cipher.masterKeyId(),
                                customerId, wrapped);
                    } catch (PiiCipher.UnreadableToken e) {
                        failures.add(new Failure(customerId, "rewrap", e.getMessage()));
                    }
                }, customerId);
            }
            return failures;
        });
    }

    /** The next customers (not erased, after {@code after}) not yet fingerprinted under the current key. */
    public List<String> fingerprintedUnderOtherKeys(String after, int limit) {
        return jdbc.queryForList("SELECT customer_id FROM customer_vault WHERE erased_at IS NULL AND "
                        + "(fingerprint_key_id IS NULL OR fingerprint_key_id <> ?) AND customer_id > ? "
                        + "ORDER BY customer_id FETCH FIRST " + limit + " ROWS ONLY", String.class, fingerprints.keyId(),
                after);
    }

    /**
     * Gives each customer the current key's prints of the phones (E.164) and e-mails they gave (from their cases'
     * events), in one transaction. A print is added only where the same phone or e-mail already found this
     * customer under some key: who is whom does not change, only the key. The customer row is locked first, so
     * an erasure either waits and then deletes these prints too, or came first and the customer is skipped.
     *
     * @return the customers done (the others were erased meanwhile)
     */
    public Set<String> refingerprint(Map<String, List<CustomerContact>> contactsByCustomer) {
        return transaction.execute(status -> {
            Set<String> done = new LinkedHashSet<>();
            contactsByCustomer.forEach((customerId, contacts) -> {
                if (jdbc.queryForList("SELECT customer_id FROM customer_vault WHERE customer_id = ? AND erased_at IS NULL "
                        + "FOR UPDATE", String.class, customerId).isEmpty()) {
                    return;
                }
                Set<List<String>> values = new LinkedHashSet<>();
                for (CustomerContact contact : contacts) {
                    // a phone stored as typed (before phones were parsed) is read in the default region; its
                    // E.164 print is added here too, since its digits' print found this customer
                    values.add(fingerprints.ofPhoneUnderEveryKey(phones.lookupForms(contact.phone(),
                            phones.defaultRegion())));
                    values.add(fingerprints.ofEmailUnderEveryKey(contact.email()));
                }
                values.stream().filter(prints -> !prints.isEmpty()).forEach(prints -> claim(customerId, prints));
                jdbc.update("UPDATE customer_vault SET fingerprint_key_id = ? WHERE customer_id = ?", fingerprints.keyId(),
                        customerId);
                done.add(customerId);
            });
            return done;
        });
    }

    /** {@code prints}: one phone's or e-mail's print under every key, current first. */
    private void claim(String customerId, List<String> prints) {
        Map<String, String> owners = new HashMap<>();
        jdbc.query("SELECT fingerprint, customer_id FROM customer_fingerprint WHERE fingerprint IN ("
                        + String.join(", ", prints.stream().map(p -> "?").toList()) + ")",
                rs -> {
                    owners.put(rs.getString(1), rs.getString(2));
                }, prints.toArray());
        if (!owners.containsValue(customerId)) {
            return; // this phone or e-mail is not how the vault finds this customer
        }
        String current = prints.getFirst();
        String owner = owners.get(current);
        if (owner == null) {
            jdbc.update("INSERT INTO customer_fingerprint (fingerprint, customer_id, key_id) VALUES (?, ?, ?)", current,
                    customerId, fingerprints.keyId());
        } else if (owner.equals(customerId)) {
            // a print from before key ids were recorded, made under what is the current key
            jdbc.update("UPDATE customer_fingerprint SET key_id = ? WHERE fingerprint = ?", fingerprints.keyId(),
                    current);
        }
    }

    /**
     * Deletes the prints of retired (or unrecorded) keys, once every customer has the current key's prints;
     * until then nothing.
     *
     * @return the prints deleted, or -1 while customers remain to fingerprint
     */
    public int deleteRetiredFingerprints() {
        return transaction.execute(status -> {
            if (customersLeftToFingerprint() > 0) {
                return -1;
            }
            return jdbc.update("DELETE FROM customer_fingerprint WHERE key_id IS NULL OR key_id <> ?",
                    fingerprints.keyId());
        });
    }

    public long customersLeftToFingerprint() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM customer_vault WHERE erased_at IS NULL AND "
                + "(fingerprint_key_id IS NULL OR fingerprint_key_id <> ?)", Long.class, fingerprints.keyId());
    }

    /**
     * What each key still protects: the operator removes a retired key once it protects nothing.
     *
     * @param current         the current key's id
     * @param retired         the retired keys' ids
     * @param rowsByKey       data keys (master) or prints (fingerprint) per key id; {@code "none"} for rows from
     *                        before key ids were recorded, any other id for a key no longer configured
     * @param left            rows (master: data keys; fingerprint: customers) not yet under the current key
     */
    public record KeyUsage(String current, List<String> retired, Map<String, Long> rowsByKey, long left) {
    }

    public KeyUsage masterKeyUsage() {
        Map<String, Long> rows = counts("SELECT master_key_id, COUNT(*) FROM customer_vault WHERE wrapped_key IS NOT NULL "
                + "GROUP BY master_key_id", cipher.masterKeyId(), cipher.retiredMasterKeyIds());
        long left = rows.entrySet().stream().filter(e -> !e.getKey().equals(cipher.masterKeyId()))
                .mapToLong(Map.Entry::getValue).sum();
        return new KeyUsage(cipher.masterKeyId(), cipher.retiredMasterKeyIds(), rows, left);
    }

    public KeyUsage fingerprintKeyUsage() {
        Map<String, Long> rows = counts("SELECT key_id, COUNT(*) FROM customer_fingerprint GROUP BY key_id",
                fingerprints.keyId(), fingerprints.retiredKeyIds());
        return new KeyUsage(fingerprints.keyId(), fingerprints.retiredKeyIds(), rows, customersLeftToFingerprint());
    }

    private Map<String, Long> counts(String sql, String current, List<String> retired) {
        Map<String, Long> rows = new TreeMap<>();
        rows.put(current, 0L);
        retired.forEach(id -> rows.put(id, 0L));
        jdbc.query(sql, rs -> {
            rows.put(rs.getString(1) == null ? "none" : rs.getString(1), rs.getLong(2));
        });
        return rows;
    }
}
