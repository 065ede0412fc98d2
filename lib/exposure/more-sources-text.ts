/**
 * The line under a model's shown paths when the trait reaches it from more sources than are shown
 * (the kept exposure holds the nearest MAX_EXPOSURE_PATHS), or null when every source is shown. Pages,
 * the CLI and every report format say it in these words. Pure.
 */
export function moreSourcesText(sourceCount: number, shown: number): string | null {
  const more = sourceCount - shown;
  if (more <= 0) return null;
  return `And ${String(more)} more ${more === 1 ? "source" : "sources"} further upstream, each also carrying the trait; the nearest are shown.`;
}
