-- TOTP secrets are sealed at rest with the keyring that protects persons' identities
-- (AES-256-GCM under the data key, bound to the account: src/accounts/totpSecret.ts), so a copy
-- of the database or of a backup gives no second factor. SQL cannot reach the key: a secret
-- stored in plain text before this migration stays in totp_secret until the server's next start
-- seals it and clears the plain column (sealPlainTotpSecrets).
alter table users add column totp_sealed bytea;
