import { Badge } from "@/components/ui/badge";
import type { TokenDto } from "@/lib/tokens/token.types";

export function tokenState(
  token: Pick<TokenDto, "revokedAt" | "expiresAt">,
  now = Date.now(),
): "revoked" | "expired" | "active" {
  if (token.revokedAt) return "revoked";
  if (token.expiresAt && new Date(token.expiresAt).getTime() <= now) return "expired";
  return "active";
}

export function TokenStateBadge({ token }: { token: Pick<TokenDto, "revokedAt" | "expiresAt"> }) {
  const state = tokenState(token);
  if (state === "revoked")
    return (
      <Badge tone="red" variant="dot">
        revoked
      </Badge>
    );
  if (state === "expired")
    return (
      <Badge tone="amber" variant="dot">
        expired
      </Badge>
    );
  return (
    <Badge tone="green" variant="dot">
      active
    </Badge>
  );
}
