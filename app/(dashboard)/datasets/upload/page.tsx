import type { Metadata } from "next";
import { UploadForm } from "@/components/datasets/upload-form";
import { UploadGuide } from "@/components/datasets/upload-guide";
import layout from "@/components/ui/layout.module.css";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/current-user";
import { env } from "@/lib/env";

export const metadata: Metadata = { title: "Upload a dataset" };

export default async function UploadDatasetPage() {
  await requireActor("catalog:write");
  return (
    <>
      <PageHeader
        title="Upload a dataset"
        description="Store exactly the data a student was trained on: the file is kept as records, identified by the SHA-256 of its content, with the teacher and filter that produced it."
      />
      <div className={layout.withAside}>
        <UploadForm maxBytes={env.PEDIGREE_MAX_UPLOAD_BYTES} />
        <UploadGuide />
      </div>
    </>
  );
}
