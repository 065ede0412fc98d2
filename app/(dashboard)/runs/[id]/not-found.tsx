import { DetailNotFound } from "@/components/ui/detail-not-found";

export default function RunNotFound() {
  return (
    <DetailNotFound
      title="Run not found"
      description="No distillation run with this id exists in this workspace. The link may be wrong, or the run may have been removed."
      backHref="/runs"
      backLabel="Back to runs"
    />
  );
}
