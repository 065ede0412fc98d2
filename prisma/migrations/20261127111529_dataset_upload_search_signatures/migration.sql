-- AlterTable
ALTER TABLE "datasets" ADD COLUMN     "skipped_lines" JSONB;

-- CreateTable
CREATE TABLE "dataset_signatures" (
    "dataset_id" TEXT NOT NULL,
    "control_id" TEXT NOT NULL,
    "method" TEXT NOT NULL,
    "result" JSONB NOT NULL,
    "computed_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "dataset_signatures_pkey" PRIMARY KEY ("dataset_id","control_id","method")
);

-- CreateIndex
CREATE INDEX "dataset_signatures_control_id_idx" ON "dataset_signatures"("control_id");

-- AddForeignKey
ALTER TABLE "dataset_signatures" ADD CONSTRAINT "dataset_signatures_dataset_id_fkey" FOREIGN KEY ("dataset_id") REFERENCES "datasets"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "dataset_signatures" ADD CONSTRAINT "dataset_signatures_control_id_fkey" FOREIGN KEY ("control_id") REFERENCES "datasets"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Hand-written: record search. `q` on a dataset's records is a substring match on prompt and
-- completion; a trigram GIN index over both makes it an index lookup, not a table scan.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX "dataset_records_text_trgm_idx" ON "dataset_records" USING gin (("prompt" || E'\n' || "completion") gin_trgm_ops);
