import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { DataTable } from "@/components/ui/data-table";
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

export function UsersTable({ users, currentUserId, pendingId, onUpdate }: UsersTableProps) {
  return (
    <DataTable
      className={styles.table}
      testId="users-table"
      head={
        <>
          <th scope="col">User</th>
          <th scope="col">Role</th>
          <th scope="col">Status</th>
          <th scope="col">Last sign-in</th>
          <th scope="col">Added</th>
          <th scope="col">
            <span className="visually-hidden">Actions</span>
          </th>
        </>
      }
    >
      {users.map((user) => {
        const isSelf = user.id === currentUserId;
        const pending = pendingId === user.id;
        return (
          <tr key={user.id} className={styles.row} data-disabled={user.disabled || undefined}>
            <td className={styles.userCell}>
              <span className={styles.name}>
                {user.name}
                {isSelf && <Badge variant="chip">you</Badge>}
              </span>
              <span className={styles.email}>{user.email}</span>
            </td>
            <td>
              <UserRoleSelect
                email={user.email}
                role={user.role}
                disabled={pending}
                onChange={(role) => onUpdate(user, { role })}
              />
            </td>
            <td>
              {user.disabled ? (
                <Badge tone="red" variant="dot">
                  disabled
                </Badge>
              ) : (
                <Badge tone="green" variant="dot">
                  active
                </Badge>
              )}
            </td>
            <td className="muted">{user.lastSignInAt ? <RelativeTime iso={user.lastSignInAt} /> : "Never"}</td>
            <td className="muted">
              <RelativeTime iso={user.createdAt} />
            </td>
            <td className={styles.actions}>
              <Button
                size="sm"
                disabled={pending || isSelf}
                title={isSelf ? "You cannot disable your own account" : undefined}
                aria-label={`${user.disabled ? "Enable" : "Disable"} ${user.email}`}
                onClick={() => onUpdate(user, { disabled: !user.disabled })}
              >
                {user.disabled ? "Enable" : "Disable"}
              </Button>
            </td>
          </tr>
        );
      })}
    </DataTable>
  );
}
