import { DetailNotFound } from "@/components/ui/detail-not-found";

export default function ModelNotFound() {
  return (
    <DetailNotFound
      title="Model not found"
      description="No model with this id exists in this workspace. The link may be wrong, or the model may have been removed."
      backHref="/models"
      backLabel="Back to models"
    />
  );
}
