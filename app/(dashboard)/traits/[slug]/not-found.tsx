import { DetailNotFound } from "@/components/ui/detail-not-found";

export default function TraitNotFound() {
  return (
    <DetailNotFound
      title="Trait not found"
      description="No trait with this slug exists in this workspace. Traits are created when the first measurement names them."
      backHref="/traits"
      backLabel="Back to traits"
    />
  );
}
