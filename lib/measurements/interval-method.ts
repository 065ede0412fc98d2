// How an interval was computed, in words: the `method` of an Estimate ("wilson-95", "t-95-seeds", ...).

/** "t-95-seeds" -> "95% t-interval across seeds"; "wilson-95" -> "95% Wilson interval over all samples". */
export function describeIntervalMethod(method: string): string {
  if (method === "point") return "no interval: a point value";
  if (method === "reported") return "interval as reported";
  const single = /^single-value(?:-(\w+))?$/.exec(method);
  if (single) return single[1] === "seeds" ? "no interval: one seed only" : "no interval: one value only";
  const match = /^(wilson|t|normal)-(\d+)(?:-(\w+))?$/.exec(method);
  if (!match) return `as reported (${method})`;
  const [, kind, level, over] = match;
  if (kind === "wilson") return `${level}% Wilson interval over all samples`;
  const name = kind === "t" ? "t-interval" : "normal interval";
  if (over === "seeds") return `${level}% ${name} across seeds`;
  if (over === "questions") return `${level}% ${name} across question means`;
  return over ? `${level}% ${name} across ${over}` : `${level}% ${name}`;
}

/** A short label for tables: "t, seeds", "Wilson", "t, questions", "none". */
export function shortIntervalMethod(method: string): string {
  if (method === "point" || method.startsWith("single-value")) return "none";
  if (method === "reported") return "reported";
  const match = /^(wilson|t|normal)-(\d+)(?:-(\w+))?$/.exec(method);
  if (!match) return method;
  const [, kind, , over] = match;
  const name = kind === "wilson" ? "Wilson" : kind;
  return over ? `${name}, ${over}` : name;
}
