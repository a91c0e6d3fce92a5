CREATE TABLE `indicator_value_packs` (
	`year` integer NOT NULL,
	`commune_id` integer NOT NULL,
	`packed` text NOT NULL,
	PRIMARY KEY(`year`, `commune_id`)
);
--> statement-breakpoint
-- indicator_value_packs is kept equal to indicator_values grouped by (year, commune): every change
-- to a commune's values of a year rebuilds its one row from those values (at most a few dozen,
-- read through the primary key); a (year, commune) without values has no row.
CREATE TRIGGER indicator_value_packs_ai AFTER INSERT ON indicator_values BEGIN
  INSERT INTO indicator_value_packs (year, commune_id, packed)
    SELECT NEW.year, NEW.commune_id, group_concat(v.indicator_id || '=' || v.value, ';' ORDER BY v.indicator_id)
    FROM indicator_values v WHERE v.year = NEW.year AND v.commune_id = NEW.commune_id
    ON CONFLICT (year, commune_id) DO UPDATE SET packed = excluded.packed;
END;
--> statement-breakpoint
CREATE TRIGGER indicator_value_packs_ad AFTER DELETE ON indicator_values BEGIN
  DELETE FROM indicator_value_packs WHERE year = OLD.year AND commune_id = OLD.commune_id;
  INSERT INTO indicator_value_packs (year, commune_id, packed)
    SELECT OLD.year, OLD.commune_id, group_concat(v.indicator_id || '=' || v.value, ';' ORDER BY v.indicator_id)
    FROM indicator_values v WHERE v.year = OLD.year AND v.commune_id = OLD.commune_id HAVING count(*) > 0;
END;
--> statement-breakpoint
CREATE TRIGGER indicator_value_packs_au AFTER UPDATE OF year, commune_id, indicator_id, value ON indicator_values BEGIN
  DELETE FROM indicator_value_packs WHERE year = OLD.year AND commune_id = OLD.commune_id;
  INSERT INTO indicator_value_packs (year, commune_id, packed)
    SELECT OLD.year, OLD.commune_id, group_concat(v.indicator_id || '=' || v.value, ';' ORDER BY v.indicator_id)
    FROM indicator_values v WHERE v.year = OLD.year AND v.commune_id = OLD.commune_id HAVING count(*) > 0;
  INSERT INTO indicator_value_packs (year, commune_id, packed)
    SELECT NEW.year, NEW.commune_id, group_concat(v.indicator_id || '=' || v.value, ';' ORDER BY v.indicator_id)
    FROM indicator_values v WHERE v.year = NEW.year AND v.commune_id = NEW.commune_id
    ON CONFLICT (year, commune_id) DO UPDATE SET packed = excluded.packed;
END;
--> statement-breakpoint
INSERT INTO indicator_value_packs (year, commune_id, packed)
  SELECT year, commune_id, group_concat(indicator_id || '=' || value, ';' ORDER BY indicator_id)
  FROM indicator_values GROUP BY year, commune_id;
