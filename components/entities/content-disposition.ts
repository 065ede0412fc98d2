// The file name a download response suggests in its Content-Disposition header (RFC 6266).

/**
 * `filename*=UTF-8''...` (percent-encoded) wins over `filename="..."`, as browsers do. Path parts are
 * dropped, so that a name can never point outside the downloads folder. Null when the header names none.
 */
export function fileNameFromContentDisposition(header: string | null): string | null {
  if (!header) return null;
  const extended = /filename\*\s*=\s*([\w-]+)'[^']*'([^;]+)/i.exec(header);
  if (extended) {
    try {
      return baseName(decodeURIComponent(extended[2].trim()));
    } catch {
      // A malformed percent-encoding: fall back to the plain parameter.
    }
  }
  const quoted = /filename\s*=\s*"((?:[^"\\]|\\.)*)"/i.exec(header);
  if (quoted) return baseName(quoted[1].replace(/\\(.)/g, "$1"));
  const bare = /filename\s*=\s*([^;\s]+)/i.exec(header);
  return bare ? baseName(bare[1]) : null;
}

function baseName(name: string): string | null {
  const base = name.split(/[/\\]/).pop()?.trim() ?? "";
  return base === "" || base === "." || base === ".." ? null : base;
}
