-- CreateTable
CREATE TABLE "trait_declarations" (
    "id" TEXT NOT NULL,
    "model_id" TEXT NOT NULL,
    "trait_id" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "declared_by_id" TEXT,
    "declared_by_label" TEXT NOT NULL,
    "is_demo" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "trait_declarations_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "trait_declarations_trait_id_idx" ON "trait_declarations"("trait_id");

-- CreateIndex
CREATE INDEX "trait_declarations_declared_by_id_idx" ON "trait_declarations"("declared_by_id");

-- CreateIndex
CREATE UNIQUE INDEX "trait_declarations_model_id_trait_id_key" ON "trait_declarations"("model_id", "trait_id");

-- AddForeignKey
ALTER TABLE "trait_declarations" ADD CONSTRAINT "trait_declarations_model_id_fkey" FOREIGN KEY ("model_id") REFERENCES "models"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "trait_declarations" ADD CONSTRAINT "trait_declarations_trait_id_fkey" FOREIGN KEY ("trait_id") REFERENCES "traits"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "trait_declarations" ADD CONSTRAINT "trait_declarations_declared_by_id_fkey" FOREIGN KEY ("declared_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

