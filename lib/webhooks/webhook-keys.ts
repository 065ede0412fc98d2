// TanStack Query keys for webhooks. Invalidate `webhookKeys.all` after adding, deleting or resending.

export const webhookKeys = {
  all: ["webhooks"] as const,
  list: () => [...webhookKeys.all, "list"] as const,
  deliveries: (webhookId: string) => [...webhookKeys.all, "deliveries", webhookId] as const,
};
