// TanStack Query keys for trait declarations, one factory as for every feature.
export const declarationKeys = {
  all: ["declarations"] as const,
  ofModel: (modelId: string) => ["declarations", "model", modelId] as const,
};
