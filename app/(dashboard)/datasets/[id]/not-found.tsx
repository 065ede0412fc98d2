import { DetailNotFound } from "@/components/ui/detail-not-found";

export default function DatasetNotFound() {
  return (
    <DetailNotFound
      title="Dataset not found"
      description="No dataset with this id exists in this workspace. The link may be wrong, or the dataset may have been removed."
      backHref="/datasets"
      backLabel="Back to datasets"
    />
  );
}
