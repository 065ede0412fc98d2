// The compare page's selection as it travels in the URL: /compare?models=a,b,c[&diff=1].

export const MAX_COMPARED_MODELS = 8;

/** Model ids from ?models=, in order, without blanks or repeats, at most MAX_COMPARED_MODELS. */
export function parseModelIds(param: string | string[] | undefined): string[] {
  const text = Array.isArray(param) ? param.join(",") : (param ?? "");
  const ids = text
    .split(",")
    .map((id) => id.trim())
    .filter((id) => id.length > 0 && id.length <= 100);
  return [...new Set(ids)].slice(0, MAX_COMPARED_MODELS);
}

/** "/compare?models=a,b&diff=1"; commas stay readable. */
export function compareHref(ids: readonly string[], onlyDifferences: boolean): string {
  const params: string[] = [];
  if (ids.length > 0) params.push(`models=${ids.map(encodeURIComponent).join(",")}`);
  if (onlyDifferences) params.push("diff=1");
  return params.length > 0 ? `/compare?${params.join("&")}` : "/compare";
}
