// elkjs ships no types for its minified worker; layout-elk-sync.ts narrows what it uses.
declare module "elkjs/lib/elk-worker.min.js" {
  const worker: unknown;
  export default worker;
}
