ALTER TABLE `works` ADD `import_key` text;--> statement-breakpoint
CREATE INDEX `works_import_key_idx` ON `works` (`import_key`);--> statement-breakpoint
-- Backfill: every existing work gets the key it would get today (see db/repositories/funding.ts workKey).
UPDATE `works` SET `import_key` = `commune_id` || '|' || `name` WHERE `import_key` IS NULL AND `commune_id` IS NOT NULL;