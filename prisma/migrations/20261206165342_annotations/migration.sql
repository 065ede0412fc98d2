-- CreateTable
CREATE TABLE "annotations" (
    "id" TEXT NOT NULL,
    "model_id" TEXT,
    "dataset_id" TEXT,
    "run_id" TEXT,
    "body" TEXT NOT NULL,
    "author_id" TEXT,
    "author_name" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "annotations_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "annotations_model_id_created_at_idx" ON "annotations"("model_id", "created_at");

-- CreateIndex
CREATE INDEX "annotations_dataset_id_created_at_idx" ON "annotations"("dataset_id", "created_at");

-- CreateIndex
CREATE INDEX "annotations_run_id_created_at_idx" ON "annotations"("run_id", "created_at");

-- CreateIndex
CREATE INDEX "annotations_author_id_idx" ON "annotations"("author_id");

-- AddForeignKey
ALTER TABLE "annotations" ADD CONSTRAINT "annotations_model_id_fkey" FOREIGN KEY ("model_id") REFERENCES "models"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "annotations" ADD CONSTRAINT "annotations_dataset_id_fkey" FOREIGN KEY ("dataset_id") REFERENCES "datasets"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "annotations" ADD CONSTRAINT "annotations_run_id_fkey" FOREIGN KEY ("run_id") REFERENCES "distillation_runs"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "annotations" ADD CONSTRAINT "annotations_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- A note is on exactly one object, and its text is what the API accepts: trimmed, 1 to 10,000 characters.
ALTER TABLE "annotations" ADD CONSTRAINT "annotations_one_subject_check"
  CHECK (num_nonnulls("model_id", "dataset_id", "run_id") = 1);
ALTER TABLE "annotations" ADD CONSTRAINT "annotations_body_check"
  CHECK (char_length("body") BETWEEN 1 AND 10000 AND "body" = btrim("body", E' \t\n\r'));
