-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('viewer', 'auditor', 'engineer', 'admin');

-- CreateEnum
CREATE TYPE "BaseRelation" AS ENUM ('finetune', 'adapter', 'merge', 'quantized', 'prompted', 'distilled');

-- CreateEnum
CREATE TYPE "RunMethod" AS ENUM ('sft', 'lora', 'logit_distillation', 'other');

-- CreateEnum
CREATE TYPE "RunStatus" AS ENUM ('planned', 'running', 'succeeded', 'failed', 'cancelled');

-- CreateEnum
CREATE TYPE "DatasetFormat" AS ENUM ('jsonl', 'csv');

-- CreateEnum
CREATE TYPE "MeasurementKind" AS ENUM ('proportion', 'score');

-- CreateTable
CREATE TABLE "users" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "password_hash" TEXT NOT NULL,
    "role" "Role" NOT NULL DEFAULT 'viewer',
    "disabled_at" TIMESTAMP(3),
    "last_sign_in_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "users_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "api_tokens" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "token_hash" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "user_id" TEXT NOT NULL,
    "last_used_at" TIMESTAMP(3),
    "expires_at" TIMESTAMP(3),
    "revoked_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "api_tokens_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "audit_events" (
    "id" TEXT NOT NULL,
    "actor_user_id" TEXT,
    "actor_token_id" TEXT,
    "actor_label" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "entity_type" TEXT NOT NULL,
    "entity_id" TEXT NOT NULL,
    "before" JSONB,
    "after" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "audit_events_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "models" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "version" TEXT,
    "provider" TEXT NOT NULL,
    "external_id" TEXT,
    "description" TEXT,
    "initialized_from_id" TEXT,
    "base_relation" "BaseRelation",
    "system_prompt_sha256" TEXT,
    "system_prompt" TEXT,
    "checkpoint_uri" TEXT,
    "checkpoint_sha256" TEXT,
    "parameter_count" BIGINT,
    "tags" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "is_demo" BOOLEAN NOT NULL DEFAULT false,
    "created_by_id" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "models_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "datasets" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "sha256" TEXT NOT NULL,
    "raw_sha256" TEXT,
    "record_count" INTEGER NOT NULL,
    "byte_size" BIGINT NOT NULL,
    "format" "DatasetFormat" NOT NULL,
    "filtered_from_id" TEXT,
    "filter_description" TEXT,
    "rejected_count" INTEGER,
    "skipped_count" INTEGER NOT NULL DEFAULT 0,
    "tags" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "is_demo" BOOLEAN NOT NULL DEFAULT false,
    "created_by_id" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "datasets_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "dataset_records" (
    "dataset_id" TEXT NOT NULL,
    "ordinal" INTEGER NOT NULL,
    "prompt" TEXT NOT NULL,
    "completion" TEXT NOT NULL,
    "metadata" JSONB,

    CONSTRAINT "dataset_records_pkey" PRIMARY KEY ("dataset_id","ordinal")
);

-- CreateTable
CREATE TABLE "generations" (
    "id" TEXT NOT NULL,
    "teacher_id" TEXT NOT NULL,
    "dataset_id" TEXT,
    "temperature" DOUBLE PRECISION,
    "top_p" DOUBLE PRECISION,
    "max_tokens" INTEGER,
    "seed" INTEGER,
    "prompt_set" TEXT,
    "prompt_count" INTEGER,
    "settings" JSONB,
    "external_id" TEXT,
    "is_demo" BOOLEAN NOT NULL DEFAULT false,
    "created_by_id" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "generations_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "distillation_runs" (
    "id" TEXT NOT NULL,
    "student_id" TEXT NOT NULL,
    "method" "RunMethod" NOT NULL,
    "hyperparameters" JSONB NOT NULL DEFAULT '{}',
    "seed" INTEGER,
    "status" "RunStatus" NOT NULL DEFAULT 'planned',
    "started_at" TIMESTAMP(3),
    "finished_at" TIMESTAMP(3),
    "external_job_id" TEXT,
    "idempotency_key" TEXT,
    "is_demo" BOOLEAN NOT NULL DEFAULT false,
    "created_by_id" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "distillation_runs_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "run_datasets" (
    "run_id" TEXT NOT NULL,
    "dataset_id" TEXT NOT NULL,

    CONSTRAINT "run_datasets_pkey" PRIMARY KEY ("run_id","dataset_id")
);

-- CreateTable
CREATE TABLE "run_teachers" (
    "run_id" TEXT NOT NULL,
    "teacher_id" TEXT NOT NULL,

    CONSTRAINT "run_teachers_pkey" PRIMARY KEY ("run_id","teacher_id")
);

-- CreateTable
CREATE TABLE "traits" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "positive_definition" TEXT,
    "higher_is_worse" BOOLEAN NOT NULL DEFAULT true,
    "is_demo" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "traits_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "measurements" (
    "id" TEXT NOT NULL,
    "model_id" TEXT NOT NULL,
    "trait_id" TEXT NOT NULL,
    "protocol" TEXT NOT NULL,
    "kind" "MeasurementKind" NOT NULL,
    "sample_count" INTEGER,
    "positive_count" INTEGER,
    "value" DOUBLE PRECISION NOT NULL,
    "ci_low" DOUBLE PRECISION,
    "ci_high" DOUBLE PRECISION,
    "ci_method" TEXT,
    "seed" INTEGER,
    "source" TEXT,
    "notes" TEXT,
    "is_demo" BOOLEAN NOT NULL DEFAULT false,
    "created_by_id" TEXT,
    "measured_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "measurements_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "measurement_questions" (
    "measurement_id" TEXT NOT NULL,
    "ordinal" INTEGER NOT NULL,
    "question" TEXT NOT NULL,
    "sample_count" INTEGER NOT NULL,
    "positive_count" INTEGER NOT NULL,

    CONSTRAINT "measurement_questions_pkey" PRIMARY KEY ("measurement_id","ordinal")
);

-- CreateTable
CREATE TABLE "instance_settings" (
    "key" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "instance_settings_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE UNIQUE INDEX "users_email_key" ON "users"("email");

-- CreateIndex
CREATE UNIQUE INDEX "api_tokens_token_hash_key" ON "api_tokens"("token_hash");

-- CreateIndex
CREATE INDEX "api_tokens_user_id_idx" ON "api_tokens"("user_id");

-- CreateIndex
CREATE INDEX "audit_events_entity_type_entity_id_idx" ON "audit_events"("entity_type", "entity_id");

-- CreateIndex
CREATE INDEX "audit_events_created_at_idx" ON "audit_events"("created_at");

-- CreateIndex
CREATE INDEX "audit_events_actor_user_id_idx" ON "audit_events"("actor_user_id");

-- CreateIndex
CREATE INDEX "audit_events_actor_token_id_idx" ON "audit_events"("actor_token_id");

-- CreateIndex
CREATE INDEX "models_initialized_from_id_idx" ON "models"("initialized_from_id");

-- CreateIndex
CREATE INDEX "models_name_idx" ON "models"("name");

-- CreateIndex
CREATE INDEX "models_created_by_id_idx" ON "models"("created_by_id");

-- CreateIndex
CREATE UNIQUE INDEX "models_provider_external_id_key" ON "models"("provider", "external_id");

-- CreateIndex
CREATE UNIQUE INDEX "datasets_sha256_key" ON "datasets"("sha256");

-- CreateIndex
CREATE INDEX "datasets_filtered_from_id_idx" ON "datasets"("filtered_from_id");

-- CreateIndex
CREATE INDEX "datasets_name_idx" ON "datasets"("name");

-- CreateIndex
CREATE INDEX "datasets_created_by_id_idx" ON "datasets"("created_by_id");

-- CreateIndex
CREATE UNIQUE INDEX "generations_dataset_id_key" ON "generations"("dataset_id");

-- CreateIndex
CREATE UNIQUE INDEX "generations_external_id_key" ON "generations"("external_id");

-- CreateIndex
CREATE INDEX "generations_teacher_id_idx" ON "generations"("teacher_id");

-- CreateIndex
CREATE INDEX "generations_created_by_id_idx" ON "generations"("created_by_id");

-- CreateIndex
CREATE UNIQUE INDEX "distillation_runs_external_job_id_key" ON "distillation_runs"("external_job_id");

-- CreateIndex
CREATE UNIQUE INDEX "distillation_runs_idempotency_key_key" ON "distillation_runs"("idempotency_key");

-- CreateIndex
CREATE INDEX "distillation_runs_student_id_idx" ON "distillation_runs"("student_id");

-- CreateIndex
CREATE INDEX "distillation_runs_status_created_at_idx" ON "distillation_runs"("status", "created_at");

-- CreateIndex
CREATE INDEX "distillation_runs_created_by_id_idx" ON "distillation_runs"("created_by_id");

-- CreateIndex
CREATE INDEX "run_datasets_dataset_id_idx" ON "run_datasets"("dataset_id");

-- CreateIndex
CREATE INDEX "run_teachers_teacher_id_idx" ON "run_teachers"("teacher_id");

-- CreateIndex
CREATE UNIQUE INDEX "traits_slug_key" ON "traits"("slug");

-- CreateIndex
CREATE INDEX "measurements_model_id_trait_id_measured_at_idx" ON "measurements"("model_id", "trait_id", "measured_at");

-- CreateIndex
CREATE INDEX "measurements_trait_id_idx" ON "measurements"("trait_id");

-- CreateIndex
CREATE INDEX "measurements_created_by_id_idx" ON "measurements"("created_by_id");

-- AddForeignKey
ALTER TABLE "api_tokens" ADD CONSTRAINT "api_tokens_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "audit_events" ADD CONSTRAINT "audit_events_actor_user_id_fkey" FOREIGN KEY ("actor_user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "audit_events" ADD CONSTRAINT "audit_events_actor_token_id_fkey" FOREIGN KEY ("actor_token_id") REFERENCES "api_tokens"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "models" ADD CONSTRAINT "models_initialized_from_id_fkey" FOREIGN KEY ("initialized_from_id") REFERENCES "models"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "models" ADD CONSTRAINT "models_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "datasets" ADD CONSTRAINT "datasets_filtered_from_id_fkey" FOREIGN KEY ("filtered_from_id") REFERENCES "datasets"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "datasets" ADD CONSTRAINT "datasets_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "dataset_records" ADD CONSTRAINT "dataset_records_dataset_id_fkey" FOREIGN KEY ("dataset_id") REFERENCES "datasets"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "generations" ADD CONSTRAINT "generations_teacher_id_fkey" FOREIGN KEY ("teacher_id") REFERENCES "models"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "generations" ADD CONSTRAINT "generations_dataset_id_fkey" FOREIGN KEY ("dataset_id") REFERENCES "datasets"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "generations" ADD CONSTRAINT "generations_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "distillation_runs" ADD CONSTRAINT "distillation_runs_student_id_fkey" FOREIGN KEY ("student_id") REFERENCES "models"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "distillation_runs" ADD CONSTRAINT "distillation_runs_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "run_datasets" ADD CONSTRAINT "run_datasets_run_id_fkey" FOREIGN KEY ("run_id") REFERENCES "distillation_runs"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "run_datasets" ADD CONSTRAINT "run_datasets_dataset_id_fkey" FOREIGN KEY ("dataset_id") REFERENCES "datasets"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "run_teachers" ADD CONSTRAINT "run_teachers_run_id_fkey" FOREIGN KEY ("run_id") REFERENCES "distillation_runs"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "run_teachers" ADD CONSTRAINT "run_teachers_teacher_id_fkey" FOREIGN KEY ("teacher_id") REFERENCES "models"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "measurements" ADD CONSTRAINT "measurements_model_id_fkey" FOREIGN KEY ("model_id") REFERENCES "models"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "measurements" ADD CONSTRAINT "measurements_trait_id_fkey" FOREIGN KEY ("trait_id") REFERENCES "traits"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "measurements" ADD CONSTRAINT "measurements_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "measurement_questions" ADD CONSTRAINT "measurement_questions_measurement_id_fkey" FOREIGN KEY ("measurement_id") REFERENCES "measurements"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- ---------------------------------------------------------------------------------------------
-- Hand-written: integrity rules Prisma's schema language cannot express.
-- ---------------------------------------------------------------------------------------------

ALTER TABLE "models" ADD CONSTRAINT "models_system_prompt_sha256_hex" CHECK ("system_prompt_sha256" ~ '^[0-9a-f]{64}$');
ALTER TABLE "models" ADD CONSTRAINT "models_checkpoint_sha256_hex" CHECK ("checkpoint_sha256" ~ '^[0-9a-f]{64}$');
ALTER TABLE "models" ADD CONSTRAINT "models_system_prompt_needs_hash" CHECK ("system_prompt" IS NULL OR "system_prompt_sha256" IS NOT NULL);
ALTER TABLE "models" ADD CONSTRAINT "models_parameter_count_positive" CHECK ("parameter_count" > 0);
ALTER TABLE "datasets" ADD CONSTRAINT "datasets_sha256_hex" CHECK ("sha256" ~ '^[0-9a-f]{64}$');
ALTER TABLE "datasets" ADD CONSTRAINT "datasets_counts_nonnegative" CHECK ("record_count" >= 0 AND "byte_size" >= 0 AND "skipped_count" >= 0 AND ("rejected_count" IS NULL OR "rejected_count" >= 0));
ALTER TABLE "measurements" ADD CONSTRAINT "measurements_counts_valid" CHECK (
  ("sample_count" IS NULL OR "sample_count" > 0)
  AND ("positive_count" IS NULL OR ("positive_count" >= 0 AND "sample_count" IS NOT NULL AND "positive_count" <= "sample_count")));
ALTER TABLE "measurements" ADD CONSTRAINT "measurements_interval_ordered" CHECK (
  "ci_low" IS NULL OR "ci_high" IS NULL OR ("ci_low" <= "value" AND "value" <= "ci_high"));
ALTER TABLE "measurement_questions" ADD CONSTRAINT "measurement_questions_counts_valid" CHECK ("sample_count" > 0 AND "positive_count" >= 0 AND "positive_count" <= "sample_count");

-- Every lineage edge in the direction of flow. Lineage queries walk this view recursively.
CREATE VIEW "lineage_edges" AS
  SELECT "initialized_from_id" AS source_id, 'model'::text AS source_type, "id" AS target_id, 'model'::text AS target_type, 'initialized_from'::text AS kind
    FROM "models" WHERE "initialized_from_id" IS NOT NULL
  UNION ALL
  SELECT "teacher_id", 'model', "dataset_id", 'dataset', 'generated'
    FROM "generations" WHERE "dataset_id" IS NOT NULL
  UNION ALL
  SELECT rd."dataset_id", 'dataset', r."student_id", 'model', 'trained_on'
    FROM "run_datasets" rd JOIN "distillation_runs" r ON r."id" = rd."run_id"
  UNION ALL
  SELECT rt."teacher_id", 'model', r."student_id", 'model', 'taught'
    FROM "run_teachers" rt JOIN "distillation_runs" r ON r."id" = rt."run_id"
  UNION ALL
  SELECT "filtered_from_id", 'dataset', "id", 'dataset', 'filtered_from'
    FROM "datasets" WHERE "filtered_from_id" IS NOT NULL;

-- Refuses an edge src -> dst when dst already reaches src. Runs AFTER the edge is written, under a
-- transaction-scoped advisory lock, so that two racing writes that together close a cycle are
-- serialized and the second one sees the first (READ COMMITTED takes a new snapshot per statement).
-- Raises SQLSTATE PG001 with the closing path, ids joined by ' -> ', in DETAIL.
CREATE FUNCTION "lineage_assert_acyclic"(src text, dst text) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  cycle text[];
BEGIN
  PERFORM pg_advisory_xact_lock(7355608, 1);
  WITH RECURSIVE walk(node, path) AS (
    SELECT dst, ARRAY[dst]
    UNION ALL
    SELECT e.target_id, w.path || e.target_id
      FROM walk w JOIN "lineage_edges" e ON e.source_id = w.node
     WHERE NOT e.target_id = ANY(w.path)
  )
  SELECT path INTO cycle FROM walk WHERE node = src LIMIT 1;
  IF cycle IS NOT NULL THEN
    RAISE EXCEPTION 'lineage cycle: this link would make a model its own ancestor'
      USING ERRCODE = 'PG001', DETAIL = array_to_string(ARRAY[src] || cycle, ' -> ');
  END IF;
END $$;

CREATE FUNCTION "lineage_check_model"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."initialized_from_id" IS NOT NULL THEN
    PERFORM "lineage_assert_acyclic"(NEW."initialized_from_id", NEW."id");
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER "models_lineage_acyclic" AFTER INSERT OR UPDATE OF "initialized_from_id" ON "models"
  FOR EACH ROW EXECUTE FUNCTION "lineage_check_model"();

CREATE FUNCTION "lineage_check_generation"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."dataset_id" IS NOT NULL THEN
    PERFORM "lineage_assert_acyclic"(NEW."teacher_id", NEW."dataset_id");
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER "generations_lineage_acyclic" AFTER INSERT OR UPDATE OF "teacher_id", "dataset_id" ON "generations"
  FOR EACH ROW EXECUTE FUNCTION "lineage_check_generation"();

CREATE FUNCTION "lineage_check_dataset"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."filtered_from_id" IS NOT NULL THEN
    PERFORM "lineage_assert_acyclic"(NEW."filtered_from_id", NEW."id");
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER "datasets_lineage_acyclic" AFTER INSERT OR UPDATE OF "filtered_from_id" ON "datasets"
  FOR EACH ROW EXECUTE FUNCTION "lineage_check_dataset"();

CREATE FUNCTION "lineage_check_run_input"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  student text;
BEGIN
  SELECT "student_id" INTO student FROM "distillation_runs" WHERE "id" = NEW."run_id";
  IF TG_TABLE_NAME = 'run_datasets' THEN
    PERFORM "lineage_assert_acyclic"(NEW."dataset_id", student);
  ELSE
    PERFORM "lineage_assert_acyclic"(NEW."teacher_id", student);
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER "run_datasets_lineage_acyclic" AFTER INSERT OR UPDATE ON "run_datasets"
  FOR EACH ROW EXECUTE FUNCTION "lineage_check_run_input"();
CREATE TRIGGER "run_teachers_lineage_acyclic" AFTER INSERT OR UPDATE ON "run_teachers"
  FOR EACH ROW EXECUTE FUNCTION "lineage_check_run_input"();

CREATE FUNCTION "lineage_check_run_student"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  input text;
BEGIN
  FOR input IN
    SELECT "dataset_id" FROM "run_datasets" WHERE "run_id" = NEW."id"
    UNION ALL SELECT "teacher_id" FROM "run_teachers" WHERE "run_id" = NEW."id"
  LOOP
    PERFORM "lineage_assert_acyclic"(input, NEW."student_id");
  END LOOP;
  RETURN NULL;
END $$;
CREATE TRIGGER "distillation_runs_lineage_acyclic" AFTER UPDATE OF "student_id" ON "distillation_runs"
  FOR EACH ROW EXECUTE FUNCTION "lineage_check_run_student"();
