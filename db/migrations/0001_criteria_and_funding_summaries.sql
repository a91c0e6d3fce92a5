CREATE TABLE `criteria_year_summary` (
	`year` integer NOT NULL,
	`set_id` integer NOT NULL,
	`commune_id` integer NOT NULL,
	`met_mask` integer DEFAULT 0 NOT NULL,
	`known_mask` integer DEFAULT 0 NOT NULL,
	`sample_count` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`year`, `set_id`, `commune_id`),
	FOREIGN KEY (`set_id`) REFERENCES `criteria_sets`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`commune_id`) REFERENCES `admin_units`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
-- criteria_year_summary is kept equal to criterion_results grouped by (year, set, commune):
-- each result adds its bit (1 << criterion no) to known_mask, and to met_mask when met. The bits
-- of one (year, set, commune) are distinct, so adding and subtracting them is exact. A row whose
-- known_mask falls to 0 is removed, so the table equals the recomputation row for row.
CREATE TRIGGER criteria_year_summary_ai AFTER INSERT ON criterion_results BEGIN
  INSERT INTO criteria_year_summary (year, set_id, commune_id, met_mask, known_mask, sample_count)
    SELECT NEW.year, c.set_id, NEW.commune_id, CASE WHEN NEW.met THEN 1 << c.no ELSE 0 END, 1 << c.no, NEW.source = 'sample'
    FROM criteria c WHERE c.id = NEW.criterion_id
    ON CONFLICT (year, set_id, commune_id) DO UPDATE SET
      met_mask = met_mask + excluded.met_mask, known_mask = known_mask + excluded.known_mask, sample_count = sample_count + excluded.sample_count;
END;
--> statement-breakpoint
CREATE TRIGGER criteria_year_summary_ad AFTER DELETE ON criterion_results BEGIN
  UPDATE criteria_year_summary SET
      met_mask = met_mask - (SELECT CASE WHEN OLD.met THEN 1 << c.no ELSE 0 END FROM criteria c WHERE c.id = OLD.criterion_id),
      known_mask = known_mask - (SELECT 1 << c.no FROM criteria c WHERE c.id = OLD.criterion_id),
      sample_count = sample_count - (OLD.source = 'sample')
    WHERE year = OLD.year AND commune_id = OLD.commune_id AND set_id = (SELECT c.set_id FROM criteria c WHERE c.id = OLD.criterion_id);
  DELETE FROM criteria_year_summary
    WHERE year = OLD.year AND commune_id = OLD.commune_id AND set_id = (SELECT c.set_id FROM criteria c WHERE c.id = OLD.criterion_id) AND known_mask = 0;
END;
--> statement-breakpoint
CREATE TRIGGER criteria_year_summary_au AFTER UPDATE OF year, commune_id, criterion_id, met, source ON criterion_results BEGIN
  UPDATE criteria_year_summary SET
      met_mask = met_mask - (SELECT CASE WHEN OLD.met THEN 1 << c.no ELSE 0 END FROM criteria c WHERE c.id = OLD.criterion_id),
      known_mask = known_mask - (SELECT 1 << c.no FROM criteria c WHERE c.id = OLD.criterion_id),
      sample_count = sample_count - (OLD.source = 'sample')
    WHERE year = OLD.year AND commune_id = OLD.commune_id AND set_id = (SELECT c.set_id FROM criteria c WHERE c.id = OLD.criterion_id);
  DELETE FROM criteria_year_summary
    WHERE year = OLD.year AND commune_id = OLD.commune_id AND set_id = (SELECT c.set_id FROM criteria c WHERE c.id = OLD.criterion_id) AND known_mask = 0;
  INSERT INTO criteria_year_summary (year, set_id, commune_id, met_mask, known_mask, sample_count)
    SELECT NEW.year, c.set_id, NEW.commune_id, CASE WHEN NEW.met THEN 1 << c.no ELSE 0 END, 1 << c.no, NEW.source = 'sample'
    FROM criteria c WHERE c.id = NEW.criterion_id
    ON CONFLICT (year, set_id, commune_id) DO UPDATE SET
      met_mask = met_mask + excluded.met_mask, known_mask = known_mask + excluded.known_mask, sample_count = sample_count + excluded.sample_count;
END;
--> statement-breakpoint
INSERT INTO criteria_year_summary (year, set_id, commune_id, met_mask, known_mask, sample_count)
  SELECT r.year, c.set_id, r.commune_id, sum(CASE WHEN r.met THEN 1 << c.no ELSE 0 END), sum(1 << c.no), sum(r.source = 'sample')
  FROM criterion_results r JOIN criteria c ON c.id = r.criterion_id
  GROUP BY r.year, c.set_id, r.commune_id;
