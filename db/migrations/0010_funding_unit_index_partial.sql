DROP INDEX `funding_amounts_unit_idx`;--> statement-breakpoint
CREATE INDEX `funding_amounts_unit_idx` ON `funding_amounts` (`unit_id`) WHERE "funding_amounts"."unit_id" IS NOT NULL;