"use client";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Card } from "@/components/ui/card";
import { auditKeys } from "@/lib/audit/audit-keys";
import { apiFetch } from "@/lib/http/problem-client";
import { userKeys } from "@/lib/users/user-keys";
import type { UserDto } from "@/lib/users/user.types";
import { UserCreateForm } from "./user-create-form";
import { UsersTable, type UserPatch } from "./users-table";
import { SectionAlert } from "./section-alert";

interface UsersSectionProps {
  initialUsers: UserDto[];
  currentUserId: string;
}

/** Admins only: every user, with role and access changed in place (optimistically) and a form to add one. */
export function UsersSection({ initialUsers, currentUserId }: UsersSectionProps) {
  const queryClient = useQueryClient();
  const users = useQuery({
    queryKey: userKeys.list(),
    queryFn: ({ signal }) => apiFetch<{ items: UserDto[] }>("/api/v1/users", { signal }).then((body) => body.items),
    initialData: initialUsers,
  });
  const update = useMutation({
    mutationFn: ({ user, patch }: { user: UserDto; patch: UserPatch }) =>
      apiFetch<UserDto>(`/api/v1/users/${encodeURIComponent(user.id)}`, { method: "PATCH", body: patch }),
    onMutate: async ({ user, patch }) => {
      await queryClient.cancelQueries({ queryKey: userKeys.list() });
      const previous = queryClient.getQueryData<UserDto[]>(userKeys.list());
      queryClient.setQueryData<UserDto[]>(userKeys.list(), (list) =>
        list?.map((u) => (u.id === user.id ? { ...u, ...patch } : u)),
      );
      return { previous };
    },
    onError: (_error, _variables, context) => {
      if (context?.previous) queryClient.setQueryData(userKeys.list(), context.previous);
    },
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: userKeys.lists() });
      void queryClient.invalidateQueries({ queryKey: auditKeys.lists() });
    },
  });

  const failed = update.isError ? update.variables : null;
  return (
    <Card
      title="Users"
      meta={users.data.length}
      description="Who can sign in to this workspace, and with which role."
      flush
      id="users"
    >
      {failed && (
        <SectionAlert onDismiss={() => update.reset()}>
          Could not{" "}
          {failed.patch.disabled === undefined ? "change the role of" : failed.patch.disabled ? "disable" : "enable"}{" "}
          {failed.user.email}: {update.error?.message}
        </SectionAlert>
      )}
      {users.isError && <SectionAlert>Could not refresh the users: {users.error.message}</SectionAlert>}
      <UsersTable
        users={users.data}
        currentUserId={currentUserId}
        pendingId={update.isPending ? update.variables.user.id : null}
        onUpdate={(user, patch) => update.mutate({ user, patch })}
      />
      <UserCreateForm />
    </Card>
  );
}
