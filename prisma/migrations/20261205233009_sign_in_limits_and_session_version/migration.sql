-- AlterTable
ALTER TABLE "users" ADD COLUMN     "session_version" INTEGER NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "sign_in_failures" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "address" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "sign_in_failures_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "sign_in_failures_email_created_at_idx" ON "sign_in_failures"("email", "created_at");

-- CreateIndex
CREATE INDEX "sign_in_failures_address_created_at_idx" ON "sign_in_failures"("address", "created_at");

-- CreateIndex
CREATE INDEX "sign_in_failures_created_at_idx" ON "sign_in_failures"("created_at");

