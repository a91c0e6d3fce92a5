CREATE TABLE `funding_parent_sums` (
	`year` integer NOT NULL,
	`parent_id` integer NOT NULL,
	`source_id` integer NOT NULL,
	`stage` text NOT NULL,
	`as_of` text DEFAULT '' NOT NULL,
	`amount` integer NOT NULL,
	PRIMARY KEY(`year`, `parent_id`, `source_id`, `stage`, `as_of`)
);
--> statement-breakpoint
-- funding_parent_sums is kept equal to funding_commune_sums summed per parent unit of the commune
-- (admin_units.parent_id): every change of a commune's sum row is carried to its parent's row, and
-- a commune moved to another parent carries its rows along. Rows summing to zero are removed, so
-- the table equals the recomputation row for row (db/repositories/funding-summary.ts).
CREATE TRIGGER funding_parent_sums_ai AFTER INSERT ON funding_commune_sums BEGIN
  INSERT INTO funding_parent_sums (year, parent_id, source_id, stage, as_of, amount)
    SELECT NEW.year, u.parent_id, NEW.source_id, NEW.stage, NEW.as_of, NEW.amount FROM admin_units u WHERE u.id = NEW.commune_id AND u.parent_id IS NOT NULL
    ON CONFLICT (year, parent_id, source_id, stage, as_of) DO UPDATE SET amount = amount + excluded.amount;
  DELETE FROM funding_parent_sums WHERE year = NEW.year AND source_id = NEW.source_id AND stage = NEW.stage AND as_of = NEW.as_of AND amount = 0
    AND parent_id = (SELECT parent_id FROM admin_units WHERE id = NEW.commune_id);
END;
--> statement-breakpoint
CREATE TRIGGER funding_parent_sums_ad AFTER DELETE ON funding_commune_sums BEGIN
  INSERT INTO funding_parent_sums (year, parent_id, source_id, stage, as_of, amount)
    SELECT OLD.year, u.parent_id, OLD.source_id, OLD.stage, OLD.as_of, -OLD.amount FROM admin_units u WHERE u.id = OLD.commune_id AND u.parent_id IS NOT NULL
    ON CONFLICT (year, parent_id, source_id, stage, as_of) DO UPDATE SET amount = amount + excluded.amount;
  DELETE FROM funding_parent_sums WHERE year = OLD.year AND source_id = OLD.source_id AND stage = OLD.stage AND as_of = OLD.as_of AND amount = 0
    AND parent_id = (SELECT parent_id FROM admin_units WHERE id = OLD.commune_id);
END;
--> statement-breakpoint
CREATE TRIGGER funding_parent_sums_au AFTER UPDATE ON funding_commune_sums BEGIN
  INSERT INTO funding_parent_sums (year, parent_id, source_id, stage, as_of, amount)
    SELECT OLD.year, u.parent_id, OLD.source_id, OLD.stage, OLD.as_of, -OLD.amount FROM admin_units u WHERE u.id = OLD.commune_id AND u.parent_id IS NOT NULL
    ON CONFLICT (year, parent_id, source_id, stage, as_of) DO UPDATE SET amount = amount + excluded.amount;
  INSERT INTO funding_parent_sums (year, parent_id, source_id, stage, as_of, amount)
    SELECT NEW.year, u.parent_id, NEW.source_id, NEW.stage, NEW.as_of, NEW.amount FROM admin_units u WHERE u.id = NEW.commune_id AND u.parent_id IS NOT NULL
    ON CONFLICT (year, parent_id, source_id, stage, as_of) DO UPDATE SET amount = amount + excluded.amount;
  DELETE FROM funding_parent_sums WHERE year = OLD.year AND source_id = OLD.source_id AND stage = OLD.stage AND as_of = OLD.as_of AND amount = 0
    AND parent_id = (SELECT parent_id FROM admin_units WHERE id = OLD.commune_id);
  DELETE FROM funding_parent_sums WHERE year = NEW.year AND source_id = NEW.source_id AND stage = NEW.stage AND as_of = NEW.as_of AND amount = 0
    AND parent_id = (SELECT parent_id FROM admin_units WHERE id = NEW.commune_id);
END;
--> statement-breakpoint
CREATE TRIGGER funding_parent_sums_unit_moved AFTER UPDATE OF parent_id ON admin_units WHEN OLD.parent_id IS NOT NEW.parent_id BEGIN
  INSERT INTO funding_parent_sums (year, parent_id, source_id, stage, as_of, amount)
    SELECT s.year, OLD.parent_id, s.source_id, s.stage, s.as_of, -s.amount FROM funding_commune_sums s WHERE s.commune_id = NEW.id AND OLD.parent_id IS NOT NULL
    ON CONFLICT (year, parent_id, source_id, stage, as_of) DO UPDATE SET amount = amount + excluded.amount;
  INSERT INTO funding_parent_sums (year, parent_id, source_id, stage, as_of, amount)
    SELECT s.year, NEW.parent_id, s.source_id, s.stage, s.as_of, s.amount FROM funding_commune_sums s WHERE s.commune_id = NEW.id AND NEW.parent_id IS NOT NULL
    ON CONFLICT (year, parent_id, source_id, stage, as_of) DO UPDATE SET amount = amount + excluded.amount;
  DELETE FROM funding_parent_sums WHERE amount = 0 AND (parent_id = OLD.parent_id OR parent_id = NEW.parent_id);
END;
--> statement-breakpoint
INSERT INTO funding_parent_sums (year, parent_id, source_id, stage, as_of, amount)
  SELECT s.year, u.parent_id, s.source_id, s.stage, s.as_of, sum(s.amount) FROM funding_commune_sums s JOIN admin_units u ON u.id = s.commune_id
  WHERE u.parent_id IS NOT NULL GROUP BY 1, 2, 3, 4, 5 HAVING sum(s.amount) <> 0;
