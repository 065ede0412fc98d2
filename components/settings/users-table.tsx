import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { DataTable, type DataColumn } from "@/components/ui/data-table";
import { RelativeTime } from "@/components/ui/relative-time";
import type { RoleName } from "@/lib/auth/roles";
import type { UserDto } from "@/lib/users/user.types";
import { UserRoleSelect } from "./user-role-select";
import styles from "./users-table.module.css";

export interface UserPatch {
  role?: RoleName;
  disabled?: boolean;
}

interface UsersTableProps {
  users: UserDto[];
  currentUserId: string;
  pendingId: string | null;
  onUpdate: (user: UserDto, patch: UserPatch) => void;
}

/** A user with what the signed-in admin may do to them. */
interface UserRow {
  id: string;
  user: UserDto;
  isSelf: boolean;
  pending: boolean;
  update: (patch: UserPatch) => void;
}

const COLUMNS: DataColumn<UserRow>[] = [
  {
    header: "User",
    className: styles.userCell,
    cell: ({ user, isSelf }) => (
      <>
        <span className={styles.name}>
          {user.name}
          {isSelf && <Badge variant="chip">you</Badge>}
        </span>
        <span className={styles.email}>{user.email}</span>
      </>
    ),
  },
  {
    header: "Role",
    cell: ({ user, pending, update }) => (
      <UserRoleSelect email={user.email} role={user.role} disabled={pending} onChange={(role) => update({ role })} />
    ),
  },
  {
    header: "Status",
    cell: ({ user }) => (
      <Badge tone={user.disabled ? "red" : "green"} variant="dot">
        {user.disabled ? "disabled" : "active"}
      </Badge>
    ),
  },
  {
    header: "Last sign-in",
    className: "muted",
    cell: ({ user }) => (user.lastSignInAt ? <RelativeTime iso={user.lastSignInAt} /> : "Never"),
  },
  { header: "Added", className: "muted", cell: ({ user }) => <RelativeTime iso={user.createdAt} /> },
  {
    header: "Actions",
    hideHeader: true,
    className: styles.actions,
    cell: ({ user, isSelf, pending, update }) => (
      <Button
        size="sm"
        disabled={pending || isSelf}
        title={isSelf ? "You cannot disable your own account" : undefined}
        aria-label={`${user.disabled ? "Enable" : "Disable"} ${user.email}`}
        onClick={() => update({ disabled: !user.disabled })}
      >
        {user.disabled ? "Enable" : "Disable"}
      </Button>
    ),
  },
];

export function UsersTable({ users, currentUserId, pendingId, onUpdate }: UsersTableProps) {
  const rows = users.map((user) => ({
    id: user.id,
    user,
    isSelf: user.id === currentUserId,
    pending: pendingId === user.id,
    update: (patch: UserPatch) => onUpdate(user, patch),
  }));
  return (
    <DataTable
      className={styles.table}
      testId="users-table"
      columns={COLUMNS}
      rows={rows}
      rowProps={({ user }) => ({ className: styles.row, "data-disabled": user.disabled || undefined })}
    />
  );
}
