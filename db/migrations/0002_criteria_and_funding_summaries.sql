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
CREATE TABLE `funding_commune_sums` (
	`year` integer NOT NULL,
	`commune_id` integer NOT NULL,
	`source_id` integer NOT NULL,
	`stage` text NOT NULL,
	`as_of` text DEFAULT '' NOT NULL,
	`amount` integer NOT NULL,
	PRIMARY KEY(`year`, `commune_id`, `source_id`, `stage`, `as_of`)
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
--> statement-breakpoint
-- funding_commune_sums is kept equal to the recomputation below (see db/schema/summaries.ts): a
-- figure of a work adds its amount (need, allocated) or its change over the work's previous
-- snapshot for the source (disbursed, under its date, and the opposite under the next snapshot's
-- date, whose change it splits). Removing a figure undoes exactly that; an update is both. Each
-- trigger is narrowed by WHEN to one kind of figure, and every lookup goes through the work's index.
CREATE TRIGGER funding_commune_sums_planned_ai AFTER INSERT ON funding_amounts WHEN NEW.work_id IS NOT NULL AND NEW.stage <> 'disbursed' BEGIN
  INSERT INTO funding_commune_sums (year, commune_id, source_id, stage, as_of, amount)
    SELECT NEW.year, w.commune_id, NEW.source_id, NEW.stage, '', NEW.amount FROM works w WHERE w.id = NEW.work_id AND w.commune_id IS NOT NULL
    ON CONFLICT (year, commune_id, source_id, stage, as_of) DO UPDATE SET amount = amount + excluded.amount;
END;
--> statement-breakpoint
CREATE TRIGGER funding_commune_sums_planned_ad AFTER DELETE ON funding_amounts WHEN OLD.work_id IS NOT NULL AND OLD.stage <> 'disbursed' BEGIN
  INSERT INTO funding_commune_sums (year, commune_id, source_id, stage, as_of, amount)
    SELECT OLD.year, w.commune_id, OLD.source_id, OLD.stage, '', -OLD.amount FROM works w WHERE w.id = OLD.work_id AND w.commune_id IS NOT NULL
    ON CONFLICT (year, commune_id, source_id, stage, as_of) DO UPDATE SET amount = amount + excluded.amount;
  DELETE FROM funding_commune_sums WHERE year = OLD.year AND source_id = OLD.source_id AND amount = 0
    AND commune_id = (SELECT commune_id FROM works WHERE id = OLD.work_id);
END;
--> statement-breakpoint
CREATE TRIGGER funding_commune_sums_disbursed_ai AFTER INSERT ON funding_amounts WHEN NEW.work_id IS NOT NULL AND NEW.stage = 'disbursed' BEGIN
  INSERT INTO funding_commune_sums (year, commune_id, source_id, stage, as_of, amount)
    SELECT NEW.year, w.commune_id, NEW.source_id, 'disbursed', CASE k.k WHEN 0 THEN c.d ELSE c.n END, CASE k.k WHEN 0 THEN c.delta ELSE -c.delta END FROM works w,
      (SELECT coalesce(NEW.as_of, NEW.year || '-12-31') AS d, NEW.amount - coalesce((SELECT f.amount FROM funding_amounts f
        WHERE +f.year = NEW.year AND f.work_id = NEW.work_id AND f.source_id = NEW.source_id AND +f.stage = 'disbursed' AND f.id <> NEW.id
          AND (coalesce(f.as_of, f.year || '-12-31') < coalesce(NEW.as_of, NEW.year || '-12-31') OR (coalesce(f.as_of, f.year || '-12-31') = coalesce(NEW.as_of, NEW.year || '-12-31') AND f.id < NEW.id))
        ORDER BY coalesce(f.as_of, f.year || '-12-31') DESC, f.id DESC LIMIT 1), 0) AS delta, (SELECT coalesce(f.as_of, f.year || '-12-31') FROM funding_amounts f
        WHERE +f.year = NEW.year AND f.work_id = NEW.work_id AND f.source_id = NEW.source_id AND +f.stage = 'disbursed' AND f.id <> NEW.id
          AND (coalesce(f.as_of, f.year || '-12-31') > coalesce(NEW.as_of, NEW.year || '-12-31') OR (coalesce(f.as_of, f.year || '-12-31') = coalesce(NEW.as_of, NEW.year || '-12-31') AND f.id > NEW.id))
        ORDER BY coalesce(f.as_of, f.year || '-12-31') ASC, f.id ASC LIMIT 1) AS n LIMIT 1) c,
      (SELECT 0 AS k UNION ALL SELECT 1) k
    WHERE w.id = NEW.work_id AND w.commune_id IS NOT NULL AND (k.k = 0 OR c.n IS NOT NULL)
    ON CONFLICT (year, commune_id, source_id, stage, as_of) DO UPDATE SET amount = amount + excluded.amount;
  DELETE FROM funding_commune_sums WHERE year = NEW.year AND source_id = NEW.source_id AND amount = 0
    AND commune_id = (SELECT commune_id FROM works WHERE id = NEW.work_id);
END;
--> statement-breakpoint
CREATE TRIGGER funding_commune_sums_disbursed_ad AFTER DELETE ON funding_amounts WHEN OLD.work_id IS NOT NULL AND OLD.stage = 'disbursed' BEGIN
  INSERT INTO funding_commune_sums (year, commune_id, source_id, stage, as_of, amount)
    SELECT OLD.year, w.commune_id, OLD.source_id, 'disbursed', CASE k.k WHEN 0 THEN c.d ELSE c.n END, -CASE k.k WHEN 0 THEN c.delta ELSE -c.delta END FROM works w,
      (SELECT coalesce(OLD.as_of, OLD.year || '-12-31') AS d, OLD.amount - coalesce((SELECT f.amount FROM funding_amounts f
        WHERE +f.year = OLD.year AND f.work_id = OLD.work_id AND f.source_id = OLD.source_id AND +f.stage = 'disbursed' AND f.id <> OLD.id
          AND (coalesce(f.as_of, f.year || '-12-31') < coalesce(OLD.as_of, OLD.year || '-12-31') OR (coalesce(f.as_of, f.year || '-12-31') = coalesce(OLD.as_of, OLD.year || '-12-31') AND f.id < OLD.id))
        ORDER BY coalesce(f.as_of, f.year || '-12-31') DESC, f.id DESC LIMIT 1), 0) AS delta, (SELECT coalesce(f.as_of, f.year || '-12-31') FROM funding_amounts f
        WHERE +f.year = OLD.year AND f.work_id = OLD.work_id AND f.source_id = OLD.source_id AND +f.stage = 'disbursed' AND f.id <> OLD.id
          AND (coalesce(f.as_of, f.year || '-12-31') > coalesce(OLD.as_of, OLD.year || '-12-31') OR (coalesce(f.as_of, f.year || '-12-31') = coalesce(OLD.as_of, OLD.year || '-12-31') AND f.id > OLD.id))
        ORDER BY coalesce(f.as_of, f.year || '-12-31') ASC, f.id ASC LIMIT 1) AS n LIMIT 1) c,
      (SELECT 0 AS k UNION ALL SELECT 1) k
    WHERE w.id = OLD.work_id AND w.commune_id IS NOT NULL AND (k.k = 0 OR c.n IS NOT NULL)
    ON CONFLICT (year, commune_id, source_id, stage, as_of) DO UPDATE SET amount = amount + excluded.amount;
  DELETE FROM funding_commune_sums WHERE year = OLD.year AND source_id = OLD.source_id AND amount = 0
    AND commune_id = (SELECT commune_id FROM works WHERE id = OLD.work_id);
END;
--> statement-breakpoint
CREATE TRIGGER funding_commune_sums_au AFTER UPDATE OF year, work_id, source_id, stage, amount, as_of ON funding_amounts BEGIN
  INSERT INTO funding_commune_sums (year, commune_id, source_id, stage, as_of, amount)
    SELECT OLD.year, w.commune_id, OLD.source_id, OLD.stage, '', -OLD.amount FROM works w WHERE OLD.work_id IS NOT NULL AND OLD.stage <> 'disbursed' AND w.id = OLD.work_id AND w.commune_id IS NOT NULL
    ON CONFLICT (year, commune_id, source_id, stage, as_of) DO UPDATE SET amount = amount + excluded.amount;
  INSERT INTO funding_commune_sums (year, commune_id, source_id, stage, as_of, amount)
    SELECT OLD.year, w.commune_id, OLD.source_id, 'disbursed', CASE k.k WHEN 0 THEN c.d ELSE c.n END, -CASE k.k WHEN 0 THEN c.delta ELSE -c.delta END FROM works w,
      (SELECT coalesce(OLD.as_of, OLD.year || '-12-31') AS d, OLD.amount - coalesce((SELECT f.amount FROM funding_amounts f
        WHERE +f.year = OLD.year AND f.work_id = OLD.work_id AND f.source_id = OLD.source_id AND +f.stage = 'disbursed' AND f.id <> OLD.id
          AND (coalesce(f.as_of, f.year || '-12-31') < coalesce(OLD.as_of, OLD.year || '-12-31') OR (coalesce(f.as_of, f.year || '-12-31') = coalesce(OLD.as_of, OLD.year || '-12-31') AND f.id < OLD.id))
        ORDER BY coalesce(f.as_of, f.year || '-12-31') DESC, f.id DESC LIMIT 1), 0) AS delta, (SELECT coalesce(f.as_of, f.year || '-12-31') FROM funding_amounts f
        WHERE +f.year = OLD.year AND f.work_id = OLD.work_id AND f.source_id = OLD.source_id AND +f.stage = 'disbursed' AND f.id <> OLD.id
          AND (coalesce(f.as_of, f.year || '-12-31') > coalesce(OLD.as_of, OLD.year || '-12-31') OR (coalesce(f.as_of, f.year || '-12-31') = coalesce(OLD.as_of, OLD.year || '-12-31') AND f.id > OLD.id))
        ORDER BY coalesce(f.as_of, f.year || '-12-31') ASC, f.id ASC LIMIT 1) AS n LIMIT 1) c,
      (SELECT 0 AS k UNION ALL SELECT 1) k
    WHERE OLD.work_id IS NOT NULL AND OLD.stage = 'disbursed' AND w.id = OLD.work_id AND w.commune_id IS NOT NULL AND (k.k = 0 OR c.n IS NOT NULL)
    ON CONFLICT (year, commune_id, source_id, stage, as_of) DO UPDATE SET amount = amount + excluded.amount;
  DELETE FROM funding_commune_sums WHERE year = OLD.year AND source_id = OLD.source_id AND amount = 0
    AND commune_id = (SELECT commune_id FROM works WHERE id = OLD.work_id);
  INSERT INTO funding_commune_sums (year, commune_id, source_id, stage, as_of, amount)
    SELECT NEW.year, w.commune_id, NEW.source_id, NEW.stage, '', NEW.amount FROM works w WHERE NEW.work_id IS NOT NULL AND NEW.stage <> 'disbursed' AND w.id = NEW.work_id AND w.commune_id IS NOT NULL
    ON CONFLICT (year, commune_id, source_id, stage, as_of) DO UPDATE SET amount = amount + excluded.amount;
  INSERT INTO funding_commune_sums (year, commune_id, source_id, stage, as_of, amount)
    SELECT NEW.year, w.commune_id, NEW.source_id, 'disbursed', CASE k.k WHEN 0 THEN c.d ELSE c.n END, CASE k.k WHEN 0 THEN c.delta ELSE -c.delta END FROM works w,
      (SELECT coalesce(NEW.as_of, NEW.year || '-12-31') AS d, NEW.amount - coalesce((SELECT f.amount FROM funding_amounts f
        WHERE +f.year = NEW.year AND f.work_id = NEW.work_id AND f.source_id = NEW.source_id AND +f.stage = 'disbursed' AND f.id <> NEW.id
          AND (coalesce(f.as_of, f.year || '-12-31') < coalesce(NEW.as_of, NEW.year || '-12-31') OR (coalesce(f.as_of, f.year || '-12-31') = coalesce(NEW.as_of, NEW.year || '-12-31') AND f.id < NEW.id))
        ORDER BY coalesce(f.as_of, f.year || '-12-31') DESC, f.id DESC LIMIT 1), 0) AS delta, (SELECT coalesce(f.as_of, f.year || '-12-31') FROM funding_amounts f
        WHERE +f.year = NEW.year AND f.work_id = NEW.work_id AND f.source_id = NEW.source_id AND +f.stage = 'disbursed' AND f.id <> NEW.id
          AND (coalesce(f.as_of, f.year || '-12-31') > coalesce(NEW.as_of, NEW.year || '-12-31') OR (coalesce(f.as_of, f.year || '-12-31') = coalesce(NEW.as_of, NEW.year || '-12-31') AND f.id > NEW.id))
        ORDER BY coalesce(f.as_of, f.year || '-12-31') ASC, f.id ASC LIMIT 1) AS n LIMIT 1) c,
      (SELECT 0 AS k UNION ALL SELECT 1) k
    WHERE NEW.work_id IS NOT NULL AND NEW.stage = 'disbursed' AND w.id = NEW.work_id AND w.commune_id IS NOT NULL AND (k.k = 0 OR c.n IS NOT NULL)
    ON CONFLICT (year, commune_id, source_id, stage, as_of) DO UPDATE SET amount = amount + excluded.amount;
  DELETE FROM funding_commune_sums WHERE year = NEW.year AND source_id = NEW.source_id AND amount = 0
    AND commune_id = (SELECT commune_id FROM works WHERE id = NEW.work_id);
END;
--> statement-breakpoint
-- A work moved to another commune carries its figures along.
CREATE TRIGGER funding_commune_sums_work_au AFTER UPDATE OF commune_id ON works WHEN OLD.commune_id IS NOT NEW.commune_id BEGIN
  INSERT INTO funding_commune_sums (year, commune_id, source_id, stage, as_of, amount)
    SELECT f0.year, OLD.commune_id, f0.source_id, f0.stage, CASE WHEN f0.stage = 'disbursed' THEN coalesce(f0.as_of, f0.year || '-12-31') ELSE '' END,
      -(f0.amount - CASE WHEN f0.stage = 'disbursed' THEN coalesce((SELECT f.amount FROM funding_amounts f
      WHERE +f.year = f0.year AND f.work_id = f0.work_id AND f.source_id = f0.source_id AND +f.stage = 'disbursed' AND f.id <> f0.id
        AND (coalesce(f.as_of, f.year || '-12-31') < coalesce(f0.as_of, f0.year || '-12-31') OR (coalesce(f.as_of, f.year || '-12-31') = coalesce(f0.as_of, f0.year || '-12-31') AND f.id < f0.id))
      ORDER BY coalesce(f.as_of, f.year || '-12-31') DESC, f.id DESC LIMIT 1), 0) ELSE 0 END)
    FROM funding_amounts f0 WHERE f0.work_id = NEW.id AND OLD.commune_id IS NOT NULL
    ON CONFLICT (year, commune_id, source_id, stage, as_of) DO UPDATE SET amount = amount + excluded.amount;
  INSERT INTO funding_commune_sums (year, commune_id, source_id, stage, as_of, amount)
    SELECT f0.year, NEW.commune_id, f0.source_id, f0.stage, CASE WHEN f0.stage = 'disbursed' THEN coalesce(f0.as_of, f0.year || '-12-31') ELSE '' END,
      (f0.amount - CASE WHEN f0.stage = 'disbursed' THEN coalesce((SELECT f.amount FROM funding_amounts f
      WHERE +f.year = f0.year AND f.work_id = f0.work_id AND f.source_id = f0.source_id AND +f.stage = 'disbursed' AND f.id <> f0.id
        AND (coalesce(f.as_of, f.year || '-12-31') < coalesce(f0.as_of, f0.year || '-12-31') OR (coalesce(f.as_of, f.year || '-12-31') = coalesce(f0.as_of, f0.year || '-12-31') AND f.id < f0.id))
      ORDER BY coalesce(f.as_of, f.year || '-12-31') DESC, f.id DESC LIMIT 1), 0) ELSE 0 END)
    FROM funding_amounts f0 WHERE f0.work_id = NEW.id AND NEW.commune_id IS NOT NULL
    ON CONFLICT (year, commune_id, source_id, stage, as_of) DO UPDATE SET amount = amount + excluded.amount;
  DELETE FROM funding_commune_sums WHERE amount = 0 AND commune_id IN (OLD.commune_id, NEW.commune_id);
END;
--> statement-breakpoint
-- A work's figures go before the work itself, while their commune can still be found.
CREATE TRIGGER funding_commune_sums_work_bd BEFORE DELETE ON works BEGIN
  DELETE FROM funding_amounts WHERE work_id = OLD.id;
END;
--> statement-breakpoint
INSERT INTO funding_commune_sums (year, commune_id, source_id, stage, as_of, amount)
  SELECT year, commune_id, source_id, stage, as_of, sum(delta) FROM (
    SELECT f.year, w.commune_id, f.source_id, f.stage,
      CASE WHEN f.stage = 'disbursed' THEN coalesce(f.as_of, f.year || '-12-31') ELSE '' END AS as_of,
      f.amount - CASE WHEN f.stage = 'disbursed'
        THEN coalesce(lag(f.amount) OVER (PARTITION BY f.year, f.work_id, f.source_id, f.stage ORDER BY coalesce(f.as_of, f.year || '-12-31'), f.id), 0) ELSE 0 END AS delta
    FROM funding_amounts f JOIN works w ON w.id = f.work_id WHERE w.commune_id IS NOT NULL)
  GROUP BY year, commune_id, source_id, stage, as_of HAVING sum(delta) <> 0;
