// TanStack Query keys for users. Invalidate `userKeys.lists()` after creating or changing one.

export const userKeys = {
  all: ["users"] as const,
  lists: () => [...userKeys.all, "list"] as const,
  list: () => [...userKeys.lists(), "all"] as const,
};
