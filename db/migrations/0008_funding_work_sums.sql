CREATE TABLE `funding_work_sums` (
	`work_id` integer NOT NULL,
	`year` integer NOT NULL,
	`source_id` integer NOT NULL,
	`need` integer DEFAULT 0 NOT NULL,
	`allocated` integer DEFAULT 0 NOT NULL,
	`disbursed_max` integer,
	`figures` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`work_id`, `year`, `source_id`)
);
--> statement-breakpoint
CREATE INDEX `funding_work_sums_flagged_idx` ON `funding_work_sums` (`year`) WHERE "funding_work_sums"."allocated" > "funding_work_sums"."need" OR "funding_work_sums"."disbursed_max" > "funding_work_sums"."allocated";--> statement-breakpoint
CREATE INDEX `funding_amounts_cutoff_idx` ON `funding_amounts` (`year`,`stage`,`as_of`);--> statement-breakpoint
CREATE INDEX `funding_amounts_sample_idx` ON `funding_amounts` (`year`) WHERE "funding_amounts"."source" = 'sample';--> statement-breakpoint
CREATE INDEX `works_sample_idx` ON `works` (`start_year`) WHERE "works"."source" = 'sample';--> statement-breakpoint
-- funding_work_sums is kept equal to funding_amounts grouped per (work, year, source): an insert
-- adds to its row; a delete or an update rebuilds the rows of the keys it touched from the work's
-- few figures (a largest snapshot cannot be taken back by subtraction). Rows without figures are
-- removed, so the table equals the recomputation row for row (db/repositories/funding-summary.ts).
CREATE TRIGGER funding_work_sums_ai AFTER INSERT ON funding_amounts WHEN NEW.work_id IS NOT NULL BEGIN
  INSERT INTO funding_work_sums (work_id, year, source_id, need, allocated, disbursed_max, figures)
    VALUES (NEW.work_id, NEW.year, NEW.source_id, CASE WHEN NEW.stage = 'need' THEN NEW.amount ELSE 0 END,
      CASE WHEN NEW.stage = 'allocated' THEN NEW.amount ELSE 0 END, CASE WHEN NEW.stage = 'disbursed' THEN NEW.amount END, 1)
    ON CONFLICT (work_id, year, source_id) DO UPDATE SET need = need + excluded.need, allocated = allocated + excluded.allocated,
      disbursed_max = CASE WHEN excluded.disbursed_max IS NULL THEN disbursed_max WHEN disbursed_max IS NULL THEN excluded.disbursed_max
        ELSE max(disbursed_max, excluded.disbursed_max) END,
      figures = figures + 1;
END;
--> statement-breakpoint
CREATE TRIGGER funding_work_sums_ad AFTER DELETE ON funding_amounts WHEN OLD.work_id IS NOT NULL BEGIN
  DELETE FROM funding_work_sums WHERE work_id = OLD.work_id AND year = OLD.year AND source_id = OLD.source_id;
  INSERT INTO funding_work_sums (work_id, year, source_id, need, allocated, disbursed_max, figures)
    SELECT work_id, year, source_id, sum(CASE WHEN stage = 'need' THEN amount ELSE 0 END), sum(CASE WHEN stage = 'allocated' THEN amount ELSE 0 END),
      max(CASE WHEN stage = 'disbursed' THEN amount END), count(*)
    FROM funding_amounts WHERE work_id = OLD.work_id AND year = OLD.year AND source_id = OLD.source_id GROUP BY work_id, year, source_id;
END;
--> statement-breakpoint
CREATE TRIGGER funding_work_sums_au AFTER UPDATE OF year, work_id, source_id, stage, amount ON funding_amounts BEGIN
  DELETE FROM funding_work_sums WHERE work_id = OLD.work_id AND year = OLD.year AND source_id = OLD.source_id;
  INSERT INTO funding_work_sums (work_id, year, source_id, need, allocated, disbursed_max, figures)
    SELECT work_id, year, source_id, sum(CASE WHEN stage = 'need' THEN amount ELSE 0 END), sum(CASE WHEN stage = 'allocated' THEN amount ELSE 0 END),
      max(CASE WHEN stage = 'disbursed' THEN amount END), count(*)
    FROM funding_amounts WHERE OLD.work_id IS NOT NULL AND work_id = OLD.work_id AND year = OLD.year AND source_id = OLD.source_id GROUP BY work_id, year, source_id;
  DELETE FROM funding_work_sums WHERE work_id = NEW.work_id AND year = NEW.year AND source_id = NEW.source_id;
  INSERT INTO funding_work_sums (work_id, year, source_id, need, allocated, disbursed_max, figures)
    SELECT work_id, year, source_id, sum(CASE WHEN stage = 'need' THEN amount ELSE 0 END), sum(CASE WHEN stage = 'allocated' THEN amount ELSE 0 END),
      max(CASE WHEN stage = 'disbursed' THEN amount END), count(*)
    FROM funding_amounts WHERE NEW.work_id IS NOT NULL AND work_id = NEW.work_id AND year = NEW.year AND source_id = NEW.source_id GROUP BY work_id, year, source_id;
END;
--> statement-breakpoint
INSERT INTO funding_work_sums (work_id, year, source_id, need, allocated, disbursed_max, figures)
  SELECT work_id, year, source_id, sum(CASE WHEN stage = 'need' THEN amount ELSE 0 END), sum(CASE WHEN stage = 'allocated' THEN amount ELSE 0 END),
    max(CASE WHEN stage = 'disbursed' THEN amount END), count(*)
  FROM funding_amounts WHERE work_id IS NOT NULL GROUP BY work_id, year, source_id;
