-- CreateIndex
CREATE INDEX "models_name_trgm_idx" ON "models" USING GIN ("name" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "models_external_id_trgm_idx" ON "models" USING GIN ("external_id" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "datasets_name_trgm_idx" ON "datasets" USING GIN ("name" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "reports_subject_name_trgm_idx" ON "reports" USING GIN ("subject_name" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "distillation_runs_external_job_id_trgm_idx" ON "distillation_runs" USING GIN ("external_job_id" gin_trgm_ops);

