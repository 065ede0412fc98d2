// Benchmark: laying out the lineage explorer's graph, as its layout worker does (lib/lineage/layout-lineage.ts).
//
//   npm run bench:layout                       (2,000 nodes; BENCH_NODES=20000 for 10x)
//
// Builds a synthetic lineage in memory (bench/support/synthetic-lineage-graph.ts: bases, teachers, raw
// and filtered data, students trained and taught, some students teaching on), then times layoutLineage()
// on it: the fast layered layout above ELK_NODE_LIMIT nodes, and ELK's at that limit, for comparison
// ELK on 200 nodes once. The worker adds the copy of the graph in and of the positions out.
import ELK from "elkjs/lib/elk.bundled.js";
import { ELK_NODE_LIMIT, layoutLineage } from "@/lib/lineage/layout-lineage";
import { readElkLayout, toElkGraph } from "@/lib/lineage/elk-graph";
import { syntheticLineageGraph } from "./support/synthetic-lineage-graph";
import { mb, ms, time } from "./support/timing";

const NODES = Number(process.env.BENCH_NODES ?? 2_000);
const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 10);
const size = (node: { type: string }) =>
  node.type === "model" ? { width: 220, height: 96 } : { width: 220, height: 92 };

const elk = new ELK();
const loadElk = () => Promise.resolve(elk);
let peakRss = process.memoryUsage().rss;

for (const nodes of [NODES, ELK_NODE_LIMIT]) {
  const graph = syntheticLineageGraph(nodes);
  let placed = 0;
  const timings = await time(SAMPLES, async () => {
    const layout = await layoutLineage(graph, size, loadElk);
    placed = layout.positions.size;
    // What the worker does besides: copy the graph in and the positions out.
    structuredClone(graph);
    structuredClone(layout);
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  });
  console.info(
    `${String(graph.nodes.length).padStart(5)} nodes, ${graph.edges.length} edges (${nodes > ELK_NODE_LIMIT ? "layered" : "ELK"}): ` +
      `p50 ${ms(timings.p50)}, p99 ${ms(timings.p99)}, max ${ms(timings.max)} (${SAMPLES} runs, ${placed} placed; goal < 2 s at 2,000)`,
  );
}

// Why not ELK for everything: its layered layout on 200 nodes (it grows faster than the node count).
const reference = syntheticLineageGraph(200);
const t0 = performance.now();
readElkLayout(await elk.layout(toElkGraph(reference, size)));
console.info(`  200 nodes through ELK, for reference: ${ms(performance.now() - t0)}; peak RSS ${mb(peakRss)}`);
