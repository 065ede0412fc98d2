-- CreateIndex
CREATE INDEX "measurements_created_at_id_idx" ON "measurements"("created_at", "id");

