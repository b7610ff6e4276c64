-- An alert's fingerprint (issue 17 §1, src/warning/fingerprint.ts): a hash of everything a scan
-- would write — rule, place, group, month, severity, level, explanation, figures, parameters,
-- protection and the incidents behind it. A re-scan compares fingerprints and writes only alerts
-- whose fingerprint changed, so an unchanged re-scan writes nothing and reads no incident ids.
-- Alerts raised before this migration have none: the next scan rewrites them once.
alter table alerts add column fingerprint text;
