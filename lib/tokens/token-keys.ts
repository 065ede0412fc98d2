// TanStack Query keys for API tokens. Invalidate `tokenKeys.lists()` after creating or revoking one.

export const tokenKeys = {
  all: ["tokens"] as const,
  lists: () => [...tokenKeys.all, "list"] as const,
  /** The signed-in user's own tokens. */
  own: () => [...tokenKeys.lists(), "own"] as const,
};
