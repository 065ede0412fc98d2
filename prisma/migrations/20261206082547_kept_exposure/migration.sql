-- CreateTable
CREATE TABLE "exposure_paths" (
    "model_id" TEXT NOT NULL,
    "trait_id" TEXT NOT NULL,
    "source_id" TEXT NOT NULL,
    "path" JSONB NOT NULL,
    "distance" INTEGER NOT NULL,
    "shared_initialization" BOOLEAN NOT NULL,
    "risk" TEXT NOT NULL,

    CONSTRAINT "exposure_paths_pkey" PRIMARY KEY ("model_id","trait_id","source_id")
);

-- CreateTable
CREATE TABLE "trait_exposures" (
    "model_id" TEXT NOT NULL,
    "trait_id" TEXT NOT NULL,
    "model_name" TEXT NOT NULL,
    "risk_rank" SMALLINT NOT NULL,
    "measured" BOOLEAN NOT NULL,

    CONSTRAINT "trait_exposures_pkey" PRIMARY KEY ("model_id","trait_id")
);

-- CreateTable
CREATE TABLE "exposure_state" (
    "id" INTEGER NOT NULL,
    "computed_snapshot" TEXT,
    "computed_at" TIMESTAMP(3),

    CONSTRAINT "exposure_state_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "exposure_changes" (
    "xid" TEXT NOT NULL,
    "changed_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "exposure_changes_pkey" PRIMARY KEY ("xid")
);

-- CreateIndex
CREATE INDEX "trait_exposures_measured_risk_rank_model_name_model_id_trai_idx" ON "trait_exposures"("measured", "risk_rank", "model_name", "model_id", "trait_id");

-- CreateIndex
CREATE INDEX "trait_exposures_trait_id_measured_risk_rank_model_name_mode_idx" ON "trait_exposures"("trait_id", "measured", "risk_rank", "model_name", "model_id");


-- The kept exposure starts empty and stale (no snapshot): the first read computes it.
INSERT INTO "exposure_state" ("id") VALUES (1);

-- Any statement that changes what exposure is computed from (the lineage edges, names on paths,
-- declarations, measurements and their questions, traits, conditions) records its transaction. Inserting
-- a row per transaction takes no lock that other writers wait on, unlike bumping a shared counter, and a
-- transaction's row becomes visible when it commits: lib/exposure/refresh-exposures.ts compares the rows
-- with the snapshot the kept exposure was computed at.
CREATE FUNCTION "exposure_note_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "exposure_changes" ("xid") VALUES (pg_current_xact_id()::text) ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;

CREATE TRIGGER "models_exposure_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "models"
  FOR EACH STATEMENT EXECUTE FUNCTION "exposure_note_change"();
CREATE TRIGGER "datasets_exposure_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "datasets"
  FOR EACH STATEMENT EXECUTE FUNCTION "exposure_note_change"();
CREATE TRIGGER "generations_exposure_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "generations"
  FOR EACH STATEMENT EXECUTE FUNCTION "exposure_note_change"();
CREATE TRIGGER "distillation_runs_exposure_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "distillation_runs"
  FOR EACH STATEMENT EXECUTE FUNCTION "exposure_note_change"();
CREATE TRIGGER "run_datasets_exposure_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "run_datasets"
  FOR EACH STATEMENT EXECUTE FUNCTION "exposure_note_change"();
CREATE TRIGGER "run_teachers_exposure_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "run_teachers"
  FOR EACH STATEMENT EXECUTE FUNCTION "exposure_note_change"();
CREATE TRIGGER "traits_exposure_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "traits"
  FOR EACH STATEMENT EXECUTE FUNCTION "exposure_note_change"();
CREATE TRIGGER "trait_declarations_exposure_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "trait_declarations"
  FOR EACH STATEMENT EXECUTE FUNCTION "exposure_note_change"();
CREATE TRIGGER "measurements_exposure_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "measurements"
  FOR EACH STATEMENT EXECUTE FUNCTION "exposure_note_change"();
CREATE TRIGGER "measurement_questions_exposure_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "measurement_questions"
  FOR EACH STATEMENT EXECUTE FUNCTION "exposure_note_change"();
