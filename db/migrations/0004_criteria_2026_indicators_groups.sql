CREATE TABLE `commune_groups` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`commune_id` integer NOT NULL,
	`group_no` integer NOT NULL,
	`valid_from` text NOT NULL,
	`valid_to` text,
	`decision` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`commune_id`) REFERENCES `admin_units`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `commune_groups_commune_idx` ON `commune_groups` (`commune_id`);--> statement-breakpoint
CREATE TABLE `criterion_overrides` (
	`commune_id` integer NOT NULL,
	`criterion_id` integer NOT NULL,
	`year` integer NOT NULL,
	`met` integer NOT NULL,
	`reason` text NOT NULL,
	PRIMARY KEY(`year`, `commune_id`, `criterion_id`),
	FOREIGN KEY (`commune_id`) REFERENCES `admin_units`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`criterion_id`) REFERENCES `criteria`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `criterion_overrides_criterion_idx` ON `criterion_overrides` (`criterion_id`);--> statement-breakpoint
CREATE TABLE `indicator_values` (
	`commune_id` integer NOT NULL,
	`indicator_id` integer NOT NULL,
	`year` integer NOT NULL,
	`value` text NOT NULL,
	`source` text DEFAULT 'user' NOT NULL,
	PRIMARY KEY(`year`, `commune_id`, `indicator_id`),
	FOREIGN KEY (`commune_id`) REFERENCES `admin_units`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`indicator_id`) REFERENCES `indicators`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `indicator_values_indicator_idx` ON `indicator_values` (`indicator_id`);--> statement-breakpoint
ALTER TABLE `criteria_sets` ADD `threshold_by` text DEFAULT 'region' NOT NULL;--> statement-breakpoint
ALTER TABLE `criteria_sets` ADD `source_doc` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `criteria_sets` ADD `expected_indicators` integer;--> statement-breakpoint
ALTER TABLE `criteria_sets` ADD `verified` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `indicator_thresholds` ADD `not_applicable` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `indicators` ADD `value_kind` text DEFAULT 'number' NOT NULL;--> statement-breakpoint
ALTER TABLE `indicators` ADD `grades` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `recognitions` ADD `exception_reason` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `recognitions` ADD `exception_unmet` text DEFAULT '' NOT NULL;--> statement-breakpoint
UPDATE `criteria_sets` SET `threshold_by` = 'group', `expected_indicators` = 47, `source_doc` = 'Phụ lục I QĐ 51/2025/QĐ-TTg' WHERE `code` = 'QD51-NTM';
--> statement-breakpoint
UPDATE `criteria_sets` SET `expected_indicators` = 57, `source_doc` = 'Phụ lục I QĐ 318/QĐ-TTg' WHERE `code` = 'QD318-NTM';
--> statement-breakpoint
UPDATE `indicators` SET `value_kind` = 'yesno' WHERE `comparator` = 'dat';
--> statement-breakpoint
UPDATE `indicators` SET `value_kind` = 'percent' WHERE `comparator` <> 'dat' AND `unit` = '%';
--> statement-breakpoint
INSERT INTO `commune_groups` (`commune_id`, `group_no`, `valid_from`, `decision`)
  SELECT `id`, `commune_group`, '2026-02-15', '' FROM `admin_units` WHERE `commune_group` IS NOT NULL;
--> statement-breakpoint
INSERT INTO `ocop_criteria_versions` (`code`, `decision`, `effective_from`, `max_a`, `max_b`, `max_c`, `has_mandatory`)
  SELECT 'QD148_1489', 'QĐ 148/QĐ-TTg (sửa đổi bởi QĐ 1489/QĐ-TTg)', '2025-07-06', 40, 25, 35, 1
  WHERE EXISTS (SELECT 1 FROM `ocop_criteria_versions` WHERE `code` = 'QD148')
    AND NOT EXISTS (SELECT 1 FROM `ocop_criteria_versions` WHERE `code` = 'QD148_1489');
