-- Crypto-shredding of customer personal data. Events carry the contact only as tokens encrypted under the
-- customer's own data key; the key lives here, wrapped under the master key. Erasure deletes the key (and the
-- masks and fingerprints): every copy of the tokens, in the event store and its backups, becomes unreadable.
CREATE TABLE customer_vault (
    customer_id VARCHAR(64)              NOT NULL,
    wrapped_key VARCHAR(200),
    name_mask   VARCHAR(200),
    phone_mask  VARCHAR(64),
    email_mask  VARCHAR(320),
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    erased_at   TIMESTAMP WITH TIME ZONE,
    erased_by   VARCHAR(255),
    PRIMARY KEY (customer_id)
);

-- HMAC-SHA256 (keyed) of the normalized phone and e-mail: the same person across cases, the same customer.
CREATE TABLE customer_fingerprint (
    fingerprint VARCHAR(100) NOT NULL,
    customer_id VARCHAR(64)  NOT NULL,
    PRIMARY KEY (fingerprint)
);
CREATE INDEX customer_fingerprint_customer ON customer_fingerprint (customer_id);

-- Which cases name the customer: an erasure marks each of them.
CREATE TABLE customer_case (
    customer_id VARCHAR(64)  NOT NULL,
    case_type   VARCHAR(40)  NOT NULL,
    case_id     VARCHAR(100) NOT NULL,
    PRIMARY KEY (customer_id, case_type, case_id)
);
