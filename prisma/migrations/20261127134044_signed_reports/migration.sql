-- CreateEnum
CREATE TYPE "ReportFormat" AS ENUM ('prov_json', 'cyclonedx', 'spdx', 'csv', 'html', 'pdf');

-- CreateEnum
CREATE TYPE "ReportScope" AS ENUM ('model', 'lineage', 'trait');

-- CreateTable
CREATE TABLE "reports" (
    "id" TEXT NOT NULL,
    "format" "ReportFormat" NOT NULL,
    "scope" "ReportScope" NOT NULL,
    "subject_id" TEXT NOT NULL,
    "subject_name" TEXT NOT NULL,
    "sha256" TEXT NOT NULL,
    "signature" TEXT NOT NULL,
    "key_id" TEXT NOT NULL,
    "data_sha256" TEXT NOT NULL,
    "byte_size" INTEGER NOT NULL,
    "content" BYTEA NOT NULL,
    "created_by_id" TEXT,
    "created_by_label" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "reports_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "reports_created_at_idx" ON "reports"("created_at");

-- CreateIndex
CREATE INDEX "reports_sha256_idx" ON "reports"("sha256");

-- CreateIndex
CREATE INDEX "reports_scope_subject_id_idx" ON "reports"("scope", "subject_id");

-- CreateIndex
CREATE INDEX "reports_created_by_id_idx" ON "reports"("created_by_id");

-- AddForeignKey
ALTER TABLE "reports" ADD CONSTRAINT "reports_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

