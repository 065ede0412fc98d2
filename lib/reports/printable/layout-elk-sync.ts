// ELK's layered layout, run synchronously. elkjs only offers a promise because it may run in a Web
// Worker; on a server its "FakeWorker" computes the layout in-process, merely deferred by a setTimeout.
// Dispatching to that worker directly lets the HTML report stay a plain synchronous function of its
// bundle. The FakeWorker is not elkjs's documented API (pinned at 0.12.1): the unit tests compare this
// with `new ELK().layout()`, so an upgrade that changes it fails there, not in production.
import type { ElkNode } from "elkjs/lib/elk-api";
import ElkWorkerModule from "elkjs/lib/elk-worker.min.js";

interface ElkAnswer {
  id: number;
  data?: unknown;
  error?: unknown;
}

interface FakeWorker {
  onmessage: (event: { data: ElkAnswer }) => void;
  dispatcher: { saveDispatch: (event: { data: Record<string, unknown> }) => void };
}

// What elkjs's module hands over is checked before it is used as a FakeWorker.
type FakeWorkerConstructor = new () => { dispatcher?: { saveDispatch?: unknown } };

const isFakeWorker = (value: { dispatcher?: { saveDispatch?: unknown } }): value is FakeWorker =>
  typeof value.dispatcher?.saveDispatch === "function";

function send(worker: FakeWorker, message: Record<string, unknown>): unknown {
  let answer: ElkAnswer | undefined;
  worker.onmessage = (event) => {
    answer = event.data;
  };
  worker.dispatcher.saveDispatch({ data: { id: 0, ...message } });
  if (answer === undefined) throw new Error("elkjs did not answer synchronously: its worker has changed");
  if (answer.error !== undefined)
    throw answer.error instanceof Error
      ? answer.error
      : new Error(typeof answer.error === "string" ? answer.error : JSON.stringify(answer.error));
  return answer.data;
}

let worker: FakeWorker | undefined;

function elkWorker(): FakeWorker {
  if (worker) return worker;
  const workerModule = ElkWorkerModule as { Worker?: FakeWorkerConstructor; default?: FakeWorkerConstructor };
  const Worker = workerModule.Worker ?? workerModule.default;
  if (typeof Worker !== "function") throw new Error("elkjs's worker module has no Worker export");
  const created = new Worker();
  if (!isFakeWorker(created)) throw new Error("elkjs's worker has no dispatcher");
  send(created, { cmd: "register", algorithms: ["layered"] });
  worker = created;
  return created;
}

/** `graph` laid out by ELK (a copy with positions, sizes and edge sections). */
export function layoutElkSync(graph: ElkNode): ElkNode {
  // ELK writes positions into the graph it is given: hand it a copy.
  return send(elkWorker(), { cmd: "layout", graph: structuredClone(graph), layoutOptions: {}, options: {} }) as ElkNode;
}
