/** A trait's slug from its name: lower case ASCII words joined by hyphens. Pure, so that the CLI uses it too. */
export function slugify(text: string): string {
  return (
    text
      .toLowerCase()
      .normalize("NFKD")
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 100) || "trait"
  );
}
