-- The kept exposure now holds the nearest few paths of each (model, trait) and how many sources there
-- are in all. Empty it and mark it stale: the next read recomputes it (lib/exposure/refresh-exposures.ts).
DELETE FROM "exposure_paths";
DELETE FROM "trait_exposures";
UPDATE "exposure_state" SET "computed_snapshot" = NULL, "computed_at" = NULL;

-- AlterTable
ALTER TABLE "trait_exposures" ADD COLUMN "source_count" INTEGER NOT NULL;
