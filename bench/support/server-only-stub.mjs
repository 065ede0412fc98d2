// Lets benchmarks import server modules outside Next.js: "server-only" resolves to an empty module, as
// it does in Next's server layer, without Node's react-server condition (which would load React's server
// build, on which @react-pdf's renderer cannot run).
import { register } from "node:module";

const hooks = `export async function resolve(specifier, context, next) {
  if (specifier === "server-only") return { url: "data:text/javascript,", shortCircuit: true };
  return next(specifier, context);
}`;
register(`data:text/javascript,${encodeURIComponent(hooks)}`);
