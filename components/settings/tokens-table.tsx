import { KeyRound } from "lucide-react";
import { DataTable } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { RelativeTime } from "@/components/ui/relative-time";
import { UserRoleBadge } from "@/components/ui/user-role-badge";
import { formatDateTime, formatDay } from "@/lib/format/format-date";
import type { TokenDto } from "@/lib/tokens/token.types";
import { TokenRevokeButton } from "./token-revoke-button";
import { TokenStateBadge, tokenState } from "./token-state-badge";
import styles from "./tokens-table.module.css";

interface TokensTableProps {
  tokens: TokenDto[];
  revokingId: string | null;
  onRevoke: (token: TokenDto) => void;
}

export function TokensTable({ tokens, revokingId, onRevoke }: TokensTableProps) {
  if (tokens.length === 0) {
    return (
      <EmptyState
        compact
        icon={<KeyRound size={18} />}
        title="No API tokens yet"
        description="Create one below for a script or pipeline that registers models, datasets and runs through the API."
      />
    );
  }
  return (
    <DataTable
      className={styles.table}
      testId="tokens-table"
      head={
        <>
          <th scope="col">Name</th>
          <th scope="col">Token</th>
          <th scope="col">Role</th>
          <th scope="col">State</th>
          <th scope="col">Last used</th>
          <th scope="col">Expires</th>
          <th scope="col">
            <span className="visually-hidden">Actions</span>
          </th>
        </>
      }
    >
      {tokens.map((token) => (
        <tr key={token.id} data-revoked={token.revokedAt ? true : undefined} className={styles.row}>
          <td className={styles.name}>
            {token.name}
            <span className={styles.sub}>
              created <RelativeTime iso={token.createdAt} />
            </span>
          </td>
          <td>
            <code className={styles.prefix}>{token.prefix}…</code>
          </td>
          <td>
            <UserRoleBadge role={token.role} />
          </td>
          <td>
            <TokenStateBadge token={token} />
            {token.revokedAt && <span className={styles.sub}>{formatDay(token.revokedAt)}</span>}
          </td>
          <td className="muted">{token.lastUsedAt ? <RelativeTime iso={token.lastUsedAt} /> : "Never"}</td>
          <td className="muted">
            {token.expiresAt ? (
              <time dateTime={token.expiresAt} title={formatDateTime(token.expiresAt)}>
                {formatDay(token.expiresAt)}
              </time>
            ) : (
              "Never"
            )}
          </td>
          <td className={styles.actions}>
            {tokenState(token) !== "revoked" && (
              <TokenRevokeButton name={token.name} pending={revokingId === token.id} onRevoke={() => onRevoke(token)} />
            )}
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
