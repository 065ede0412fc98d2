"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { Spinner } from "@/components/ui/spinner";
import item from "@/components/ui/stacked-item.module.css";
import { declarationKeys } from "@/lib/declarations/declaration-keys";
import type { TraitDeclarationDto } from "@/lib/declarations/declaration.types";
import { apiFetch } from "@/lib/http/problem-client";
import styles from "./trait-declarations.module.css";

/** Withdraws a declaration (DELETE /api/v1/models/{id}/declarations/{trait}) after the engineer confirms. */
export function WithdrawDeclarationButton({
  modelId,
  trait,
}: {
  modelId: string;
  trait: { slug: string; name: string };
}) {
  const router = useRouter();
  const queryClient = useQueryClient();
  const mutation = useMutation({
    mutationFn: () =>
      apiFetch<TraitDeclarationDto>(
        `/api/v1/models/${encodeURIComponent(modelId)}/declarations/${encodeURIComponent(trait.slug)}`,
        { method: "DELETE" },
      ),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: declarationKeys.all });
      router.refresh();
    },
  });
  return (
    <span className={styles.withdraw}>
      <Button
        size="sm"
        variant="ghost"
        disabled={mutation.isPending}
        onClick={() => {
          if (
            window.confirm(
              `Withdraw the declaration that this model carries ${trait.name}? Its descendants stop being exposed through it unless it is measured above its initialisation.`,
            )
          )
            mutation.mutate();
        }}
      >
        {mutation.isPending && <Spinner size={12} />}
        Withdraw
      </Button>
      {mutation.error && (
        <span className={item.error} role="alert">
          {mutation.error.message}
        </span>
      )}
    </span>
  );
}
