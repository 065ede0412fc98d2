"use client";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Card } from "@/components/ui/card";
import { auditKeys } from "@/lib/audit/audit-keys";
import type { RoleName } from "@/lib/auth/roles";
import { apiFetch } from "@/lib/http/problem-client";
import { tokenKeys } from "@/lib/tokens/token-keys";
import type { TokenDto } from "@/lib/tokens/token.types";
import { NewTokenNotice } from "./new-token-notice";
import { TokenCreateForm, type CreatedToken } from "./token-create-form";
import { TokensTable } from "./tokens-table";
import { SectionAlert } from "./section-alert";

interface TokensSectionProps {
  initialTokens: TokenDto[];
  ownRole: RoleName;
}

/** The signed-in user's API tokens: list, create (the secret shown once) and revoke. */
export function TokensSection({ initialTokens, ownRole }: TokensSectionProps) {
  const queryClient = useQueryClient();
  const [created, setCreated] = useState<CreatedToken | null>(null);
  const tokens = useQuery({
    queryKey: tokenKeys.own(),
    queryFn: ({ signal }) => apiFetch<{ items: TokenDto[] }>("/api/v1/tokens", { signal }).then((body) => body.items),
    initialData: initialTokens,
  });
  const revoke = useMutation({
    mutationFn: (token: TokenDto) =>
      apiFetch<TokenDto>(`/api/v1/tokens/${encodeURIComponent(token.id)}`, { method: "DELETE" }),
    onSuccess: (revoked) => {
      if (created?.id === revoked.id) setCreated(null);
      queryClient.setQueryData<TokenDto[]>(tokenKeys.own(), (list) =>
        list?.map((token) => (token.id === revoked.id ? revoked : token)),
      );
      void queryClient.invalidateQueries({ queryKey: tokenKeys.lists() });
      void queryClient.invalidateQueries({ queryKey: auditKeys.lists() });
    },
  });

  const active = tokens.data.filter((token) => !token.revokedAt).length;
  return (
    <Card
      title="API tokens"
      meta={active}
      description="Tokens let scripts and pipelines use the API as you. Send one as “Authorization: Bearer <token>”."
      flush
      id="api-tokens"
    >
      {revoke.isError && (
        <SectionAlert onDismiss={() => revoke.reset()}>Could not revoke the token: {revoke.error.message}</SectionAlert>
      )}
      {tokens.isError && <SectionAlert>Could not refresh your tokens: {tokens.error.message}</SectionAlert>}
      <TokensTable
        tokens={tokens.data}
        revokingId={revoke.isPending ? revoke.variables.id : null}
        onRevoke={(token) => revoke.mutate(token)}
      />
      {created && <NewTokenNotice name={created.name} token={created.token} onDismiss={() => setCreated(null)} />}
      <TokenCreateForm ownRole={ownRole} onCreated={setCreated} />
    </Card>
  );
}
