CREATE TABLE `admin_units` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`code` text,
	`name` text NOT NULL,
	`kind` text NOT NULL,
	`level` text NOT NULL,
	`parent_id` integer,
	`valid_from` text,
	`valid_to` text,
	`commune_group` integer,
	`region` text,
	`notes` text DEFAULT '' NOT NULL,
	`search_key` text DEFAULT '' NOT NULL,
	`sort_order` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`parent_id`) REFERENCES `admin_units`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `admin_units_parent_idx` ON `admin_units` (`parent_id`);--> statement-breakpoint
CREATE INDEX `admin_units_level_idx` ON `admin_units` (`level`);--> statement-breakpoint
CREATE UNIQUE INDEX `admin_units_code_uq` ON `admin_units` (`code`,`valid_from`);--> statement-breakpoint
CREATE TABLE `audit_log` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`entity` text NOT NULL,
	`entity_id` text NOT NULL,
	`field` text DEFAULT '' NOT NULL,
	`action` text NOT NULL,
	`old_value` text,
	`new_value` text,
	`commune_id` integer
);
--> statement-breakpoint
CREATE INDEX `audit_entity_idx` ON `audit_log` (`entity`,`entity_id`);--> statement-breakpoint
CREATE INDEX `audit_commune_idx` ON `audit_log` (`commune_id`);--> statement-breakpoint
CREATE TABLE `settings` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `unit_successions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`from_unit_id` integer NOT NULL,
	`to_unit_id` integer NOT NULL,
	`effective_date` text NOT NULL,
	`decision` text DEFAULT '' NOT NULL,
	`notes` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`from_unit_id`) REFERENCES `admin_units`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`to_unit_id`) REFERENCES `admin_units`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `unit_successions_from_idx` ON `unit_successions` (`from_unit_id`);--> statement-breakpoint
CREATE INDEX `unit_successions_to_idx` ON `unit_successions` (`to_unit_id`);--> statement-breakpoint
CREATE TABLE `commune_targets` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`commune_id` integer NOT NULL,
	`year` integer NOT NULL,
	`level` text NOT NULL,
	`kind` text NOT NULL,
	`target_criteria` integer,
	`notes` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`commune_id`) REFERENCES `admin_units`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `commune_targets_uq` ON `commune_targets` (`commune_id`,`year`,`level`);--> statement-breakpoint
CREATE TABLE `criteria` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`set_id` integer NOT NULL,
	`no` integer NOT NULL,
	`name` text NOT NULL,
	`group_no` integer NOT NULL,
	`group_name` text NOT NULL,
	FOREIGN KEY (`set_id`) REFERENCES `criteria_sets`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `criteria_set_no_uq` ON `criteria` (`set_id`,`no`);--> statement-breakpoint
CREATE TABLE `criteria_sets` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`code` text NOT NULL,
	`name` text NOT NULL,
	`level` text NOT NULL,
	`year_from` integer NOT NULL,
	`year_to` integer NOT NULL,
	`decision` text DEFAULT '' NOT NULL,
	`required_count` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `criteria_sets_code_uq` ON `criteria_sets` (`code`);--> statement-breakpoint
CREATE TABLE `criterion_results` (
	`commune_id` integer NOT NULL,
	`criterion_id` integer NOT NULL,
	`year` integer NOT NULL,
	`met` integer NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`source` text DEFAULT 'user' NOT NULL,
	PRIMARY KEY(`year`, `commune_id`, `criterion_id`),
	FOREIGN KEY (`commune_id`) REFERENCES `admin_units`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`criterion_id`) REFERENCES `criteria`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `criterion_results_criterion_idx` ON `criterion_results` (`criterion_id`);--> statement-breakpoint
CREATE TABLE `indicator_thresholds` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`indicator_id` integer NOT NULL,
	`region` text NOT NULL,
	`value` text NOT NULL,
	`verified` integer DEFAULT false NOT NULL,
	`source` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`indicator_id`) REFERENCES `indicators`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `indicator_threshold_uq` ON `indicator_thresholds` (`indicator_id`,`region`);--> statement-breakpoint
CREATE TABLE `indicators` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`criterion_id` integer NOT NULL,
	`code` text NOT NULL,
	`name` text NOT NULL,
	`unit` text DEFAULT '' NOT NULL,
	`comparator` text DEFAULT 'dat' NOT NULL,
	`sort_order` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`criterion_id`) REFERENCES `criteria`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `indicators_criterion_idx` ON `indicators` (`criterion_id`);--> statement-breakpoint
CREATE TABLE `province_targets` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`year` integer NOT NULL,
	`key` text NOT NULL,
	`value` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `province_targets_uq` ON `province_targets` (`year`,`key`);--> statement-breakpoint
CREATE TABLE `recognitions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`commune_id` integer NOT NULL,
	`level` text NOT NULL,
	`year` integer NOT NULL,
	`decision_no` text DEFAULT '' NOT NULL,
	`decision_date` text,
	`issuer` text DEFAULT '' NOT NULL,
	`criteria_set_id` integer,
	`revoked_date` text,
	`revoke_decision_no` text DEFAULT '' NOT NULL,
	`revoke_reason` text DEFAULT '' NOT NULL,
	`source` text DEFAULT 'user' NOT NULL,
	FOREIGN KEY (`commune_id`) REFERENCES `admin_units`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`criteria_set_id`) REFERENCES `criteria_sets`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `recognitions_commune_idx` ON `recognitions` (`commune_id`);--> statement-breakpoint
CREATE INDEX `recognitions_year_idx` ON `recognitions` (`year`);--> statement-breakpoint
CREATE TABLE `funding_amounts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`year` integer NOT NULL,
	`work_id` integer,
	`unit_id` integer,
	`source_id` integer NOT NULL,
	`stage` text NOT NULL,
	`amount` integer NOT NULL,
	`as_of` text,
	`source` text DEFAULT 'user' NOT NULL,
	FOREIGN KEY (`work_id`) REFERENCES `works`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`unit_id`) REFERENCES `admin_units`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`source_id`) REFERENCES `funding_sources`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `funding_amounts_year_idx` ON `funding_amounts` (`year`,`stage`);--> statement-breakpoint
CREATE INDEX `funding_amounts_work_idx` ON `funding_amounts` (`work_id`);--> statement-breakpoint
CREATE INDEX `funding_amounts_unit_idx` ON `funding_amounts` (`unit_id`);--> statement-breakpoint
CREATE TABLE `funding_sources` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`code` text NOT NULL,
	`name` text NOT NULL,
	`short_name` text NOT NULL,
	`sort_order` integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `funding_sources_code_uq` ON `funding_sources` (`code`);--> statement-breakpoint
CREATE TABLE `works` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`commune_id` integer,
	`name` text NOT NULL,
	`criterion_no` integer,
	`start_year` integer,
	`end_year` integer,
	`status` text DEFAULT 'planned' NOT NULL,
	`committed_value` integer,
	`notes` text DEFAULT '' NOT NULL,
	`source` text DEFAULT 'user' NOT NULL,
	FOREIGN KEY (`commune_id`) REFERENCES `admin_units`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `works_commune_idx` ON `works` (`commune_id`);--> statement-breakpoint
CREATE TABLE `ocop_criteria_versions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`code` text NOT NULL,
	`decision` text NOT NULL,
	`effective_from` text NOT NULL,
	`max_a` integer NOT NULL,
	`max_b` integer NOT NULL,
	`max_c` integer NOT NULL,
	`has_mandatory` integer DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `ocop_versions_code_uq` ON `ocop_criteria_versions` (`code`);--> statement-breakpoint
CREATE TABLE `ocop_dossier_items` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`product_id` integer NOT NULL,
	`doc_type` text NOT NULL,
	`present` integer DEFAULT false NOT NULL,
	`file_name` text,
	`stored_path` text,
	`added_at` text,
	`notes` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`product_id`) REFERENCES `ocop_products`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `ocop_dossier_uq` ON `ocop_dossier_items` (`product_id`,`doc_type`);--> statement-breakpoint
CREATE TABLE `ocop_evaluations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`product_id` integer NOT NULL,
	`round_name` text DEFAULT '' NOT NULL,
	`level` text NOT NULL,
	`version_id` integer NOT NULL,
	`evaluated_date` text,
	`points_a` integer NOT NULL,
	`points_b` integer NOT NULL,
	`points_c` integer NOT NULL,
	`total` integer NOT NULL,
	`stars` integer NOT NULL,
	`mandatory_failed` integer DEFAULT false NOT NULL,
	`kind` text DEFAULT 'new' NOT NULL,
	`decision_no` text DEFAULT '' NOT NULL,
	`decision_date` text,
	`issuer` text DEFAULT '' NOT NULL,
	`expiry_date` text,
	`revoked_date` text,
	`revoke_reason` text DEFAULT '' NOT NULL,
	`notes` text DEFAULT '' NOT NULL,
	`source` text DEFAULT 'user' NOT NULL,
	FOREIGN KEY (`product_id`) REFERENCES `ocop_products`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`version_id`) REFERENCES `ocop_criteria_versions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `ocop_evaluations_product_idx` ON `ocop_evaluations` (`product_id`);--> statement-breakpoint
CREATE INDEX `ocop_evaluations_expiry_idx` ON `ocop_evaluations` (`expiry_date`);--> statement-breakpoint
CREATE INDEX `ocop_evaluations_decision_idx` ON `ocop_evaluations` (`decision_date`);--> statement-breakpoint
CREATE TABLE `ocop_member_scores` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`evaluation_id` integer NOT NULL,
	`member_name` text NOT NULL,
	`points_a` integer NOT NULL,
	`points_b` integer NOT NULL,
	`points_c` integer NOT NULL,
	FOREIGN KEY (`evaluation_id`) REFERENCES `ocop_evaluations`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `ocop_member_scores_eval_idx` ON `ocop_member_scores` (`evaluation_id`);--> statement-breakpoint
CREATE TABLE `ocop_producers` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`kind` text NOT NULL,
	`address` text DEFAULT '' NOT NULL,
	`commune_id` integer,
	`district_id` integer,
	`representative` text DEFAULT '' NOT NULL,
	`phone` text DEFAULT '' NOT NULL,
	`tax_code` text DEFAULT '' NOT NULL,
	`notes` text DEFAULT '' NOT NULL,
	`search_key` text DEFAULT '' NOT NULL,
	`source` text DEFAULT 'user' NOT NULL,
	FOREIGN KEY (`commune_id`) REFERENCES `admin_units`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`district_id`) REFERENCES `admin_units`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `ocop_producers_commune_idx` ON `ocop_producers` (`commune_id`);--> statement-breakpoint
CREATE TABLE `ocop_products` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`producer_id` integer NOT NULL,
	`name` text NOT NULL,
	`group_code` text DEFAULT '' NOT NULL,
	`subgroup_code` text DEFAULT '' NOT NULL,
	`commune_id` integer,
	`district_id` integer,
	`status` text DEFAULT 'registered' NOT NULL,
	`notes` text DEFAULT '' NOT NULL,
	`search_key` text DEFAULT '' NOT NULL,
	`source` text DEFAULT 'user' NOT NULL,
	FOREIGN KEY (`producer_id`) REFERENCES `ocop_producers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`commune_id`) REFERENCES `admin_units`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`district_id`) REFERENCES `admin_units`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `ocop_products_producer_idx` ON `ocop_products` (`producer_id`);--> statement-breakpoint
CREATE INDEX `ocop_products_district_idx` ON `ocop_products` (`district_id`);--> statement-breakpoint
CREATE TABLE `ocop_targets` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`year` integer NOT NULL,
	`kind` text NOT NULL,
	`unit_id` integer,
	`min_count` integer NOT NULL,
	`max_count` integer,
	`notes` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`unit_id`) REFERENCES `admin_units`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `ocop_targets_year_idx` ON `ocop_targets` (`year`);--> statement-breakpoint
CREATE TABLE `documents` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`type` text NOT NULL,
	`year` integer NOT NULL,
	`period` text DEFAULT '' NOT NULL,
	`number` text DEFAULT '' NOT NULL,
	`symbol` text DEFAULT '' NOT NULL,
	`issued_date` text,
	`signer` text DEFAULT '' NOT NULL,
	`title` text DEFAULT '' NOT NULL,
	`content` text DEFAULT '{}' NOT NULL,
	`status` text DEFAULT 'draft' NOT NULL,
	`snapshot` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL
);
--> statement-breakpoint
CREATE INDEX `documents_type_year_idx` ON `documents` (`type`,`year`);