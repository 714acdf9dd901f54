-- H2 keeps a BLOB longer than 256 bytes in a separate LOB map: every event, token, deadline and dead letter
-- written or read took extra map operations and version bookkeeping (a fifth of the command path's database
-- time, and the payload reads of every replay). VARBINARY (up to 1 GB) is stored in the row, like
-- PostgreSQL's BYTEA, which these columns already are there. Nullability is kept.
ALTER TABLE domainevententry ALTER COLUMN payload SET DATA TYPE VARBINARY;
ALTER TABLE domainevententry ALTER COLUMN metadata SET DATA TYPE VARBINARY;
ALTER TABLE snapshotevententry ALTER COLUMN payload SET DATA TYPE VARBINARY;
ALTER TABLE snapshotevententry ALTER COLUMN metadata SET DATA TYPE VARBINARY;
ALTER TABLE tokenentry ALTER COLUMN token SET DATA TYPE VARBINARY;
ALTER TABLE sagaentry ALTER COLUMN serializedsaga SET DATA TYPE VARBINARY;
ALTER TABLE scheduled_tasks ALTER COLUMN task_data SET DATA TYPE VARBINARY;
ALTER TABLE deadletterentry ALTER COLUMN payload SET DATA TYPE VARBINARY;
ALTER TABLE deadletterentry ALTER COLUMN metadata SET DATA TYPE VARBINARY;
ALTER TABLE deadletterentry ALTER COLUMN token SET DATA TYPE VARBINARY;
ALTER TABLE deadletterentry ALTER COLUMN diagnostics SET DATA TYPE VARBINARY;
