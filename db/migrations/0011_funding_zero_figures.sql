CREATE INDEX `funding_amounts_zero_idx` ON `funding_amounts` (`year`) WHERE "funding_amounts"."amount" = 0 AND "funding_amounts"."work_id" IS NOT NULL;--> statement-breakpoint
-- A figure of 0 adds nothing to its commune's sum and must not leave a row of 0 behind: the summary
-- holds no zero rows (it equals its recomputation row for row), and figures of 0 are told from no
-- figure through funding_amounts_zero_idx instead.
DROP TRIGGER funding_commune_sums_planned_ai;--> statement-breakpoint
CREATE TRIGGER funding_commune_sums_planned_ai AFTER INSERT ON funding_amounts WHEN NEW.work_id IS NOT NULL AND NEW.stage <> 'disbursed' AND NEW.amount <> 0 BEGIN
  INSERT INTO funding_commune_sums (year, commune_id, source_id, stage, as_of, amount)
    SELECT NEW.year, w.commune_id, NEW.source_id, NEW.stage, '', NEW.amount FROM works w WHERE w.id = NEW.work_id AND w.commune_id IS NOT NULL
    ON CONFLICT (year, commune_id, source_id, stage, as_of) DO UPDATE SET amount = amount + excluded.amount;
END;--> statement-breakpoint
DELETE FROM funding_commune_sums WHERE amount = 0;--> statement-breakpoint
DELETE FROM funding_parent_sums WHERE amount = 0;
