"use client";
import { useQuery } from "@tanstack/react-query";
import { apiFetch } from "@/lib/ui/api-fetch";

interface Me {
  scopes: string[];
}

/**
 * Whether the signed-in user may export reports, for client views whose server page does not say so
 * (the lineage explorer). False until known, so that nobody is offered what the server would refuse.
 */
export function useCanExportReports(): boolean {
  const me = useQuery({
    queryKey: ["me"],
    queryFn: ({ signal }) => apiFetch<Me>("/api/v1/me", { signal }),
    staleTime: 5 * 60_000,
  });
  return me.data?.scopes.includes("reports:export") ?? false;
}
