-- CreateTable
CREATE TABLE "dataset_uploads" (
    "dataset_id" TEXT NOT NULL,
    "table_name" TEXT NOT NULL,
    "heartbeat_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "dataset_uploads_pkey" PRIMARY KEY ("dataset_id")
);

-- CreateIndex
CREATE INDEX "dataset_uploads_heartbeat_at_idx" ON "dataset_uploads"("heartbeat_at");

