import { KeyRound } from "lucide-react";
import { DataTable, type DataColumn } from "@/components/ui/data-table";
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

/** A token with its revoke action. */
interface TokenRow {
  id: string;
  token: TokenDto;
  revoking: boolean;
  revoke: () => void;
}

const COLUMNS: DataColumn<TokenRow>[] = [
  {
    header: "Name",
    className: styles.name,
    cell: ({ token }) => (
      <>
        {token.name}
        <span className={styles.sub}>
          created <RelativeTime iso={token.createdAt} />
        </span>
      </>
    ),
  },
  { header: "Token", cell: ({ token }) => <code className={styles.prefix}>{token.prefix}…</code> },
  { header: "Role", cell: ({ token }) => <UserRoleBadge role={token.role} /> },
  {
    header: "State",
    cell: ({ token }) => (
      <>
        <TokenStateBadge token={token} />
        {token.revokedAt && <span className={styles.sub}>{formatDay(token.revokedAt)}</span>}
      </>
    ),
  },
  {
    header: "Last used",
    className: "muted",
    cell: ({ token }) => (token.lastUsedAt ? <RelativeTime iso={token.lastUsedAt} /> : "Never"),
  },
  {
    header: "Expires",
    className: "muted",
    cell: ({ token }) =>
      token.expiresAt ? (
        <time dateTime={token.expiresAt} title={formatDateTime(token.expiresAt)}>
          {formatDay(token.expiresAt)}
        </time>
      ) : (
        "Never"
      ),
  },
  {
    header: "Actions",
    hideHeader: true,
    className: styles.actions,
    cell: ({ token, revoking, revoke }) =>
      tokenState(token) !== "revoked" && <TokenRevokeButton name={token.name} pending={revoking} onRevoke={revoke} />,
  },
];

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
  const rows = tokens.map((token) => ({
    id: token.id,
    token,
    revoking: revokingId === token.id,
    revoke: () => onRevoke(token),
  }));
  return (
    <DataTable
      className={styles.table}
      testId="tokens-table"
      columns={COLUMNS}
      rows={rows}
      rowProps={({ token }) => ({ "data-revoked": token.revokedAt ? true : undefined, className: styles.row })}
    />
  );
}
