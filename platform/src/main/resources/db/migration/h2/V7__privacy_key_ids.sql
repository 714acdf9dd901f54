-- Key rotation of the customer vault. Each wrapped data key and each fingerprint records the id of the key
-- it was made under (KeyIds: a keyed label, never the key), so the rotation job finds what still needs a
-- retired key. Rows from before this migration carry no id: unwrapping tries every configured master key
-- (the GCM tag tells which fits) and the rotation re-wraps and re-fingerprints them like the rest.
ALTER TABLE customer_vault ADD COLUMN master_key_id VARCHAR(16);
-- the fingerprint key under which every print of this customer exists (set by the rotation, or at registration)
ALTER TABLE customer_vault ADD COLUMN fingerprint_key_id VARCHAR(16);
ALTER TABLE customer_fingerprint ADD COLUMN key_id VARCHAR(16);
CREATE INDEX customer_vault_master_key ON customer_vault (master_key_id);
CREATE INDEX customer_vault_fingerprint_key ON customer_vault (fingerprint_key_id);
CREATE INDEX customer_fingerprint_key ON customer_fingerprint (key_id);
