CREATE TABLE `succession_parts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`to_unit_id` integer NOT NULL,
	`composition_text` text DEFAULT '' NOT NULL,
	`part` text NOT NULL,
	`match` text NOT NULL,
	`extent` text DEFAULT 'whole' NOT NULL,
	`status` text NOT NULL,
	`candidate_ids` text DEFAULT '[]' NOT NULL,
	`settled_at` text,
	`note` text DEFAULT '' NOT NULL,
	`sort_order` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`to_unit_id`) REFERENCES `admin_units`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `succession_parts_to_idx` ON `succession_parts` (`to_unit_id`,`status`);--> statement-breakpoint
CREATE INDEX `succession_parts_status_idx` ON `succession_parts` (`status`);--> statement-breakpoint
ALTER TABLE `admin_units` ADD `decision` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `unit_successions` ADD `extent` text DEFAULT 'whole' NOT NULL;--> statement-breakpoint
ALTER TABLE `unit_successions` ADD `part_id` integer REFERENCES succession_parts(id);--> statement-breakpoint
CREATE INDEX `unit_successions_part_idx` ON `unit_successions` (`part_id`);