-- DropIndex
DROP INDEX "distillation_runs_idempotency_key_key";

-- AlterTable
ALTER TABLE "distillation_runs" ADD COLUMN     "registration" JSONB;

-- CreateIndex
CREATE UNIQUE INDEX "distillation_runs_created_by_id_idempotency_key_key" ON "distillation_runs"("created_by_id", "idempotency_key");

