// The loop both background workers run (webhook deliveries, search-index builds): a tick at once, then one
// every `pollMs` after the last has settled; `wake` ticks now instead of at the next interval. A tick that
// throws is logged and the loop goes on; once the connection closes the loop ends quietly.

export interface PollingWorker {
  /** Whether `stop` was called or the connection found closed: a tick that loops over items checks it. */
  readonly stopped: boolean;
  /** Ticks now rather than at the next poll (also how the loop begins); a property, so it may be passed on. */
  readonly wake: () => void;
  /** Ends the loop and waits for the tick in flight, if any. */
  stop(): Promise<void>;
}

export interface PollingOptions {
  /** Names the worker in the log line of a failed tick, e.g. "webhook worker". */
  name: string;
  /** True once the worker's database connection is closed. */
  isClosed?: () => boolean;
  /**
   * The tick in flight, when the worker tracks it itself because its tick is also called directly; by default
   * the loop's own.
   */
  inFlight?: () => Promise<unknown> | null;
}

/** Runs `tick` every `pollMs` once woken; see the top of this file. */
export function pollingWorker(
  tick: () => Promise<unknown>,
  pollMs: number,
  { name, isClosed = () => false, inFlight }: PollingOptions,
): PollingWorker {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let own: Promise<unknown> | null = null;

  function schedule(delay: number) {
    clearTimeout(timer);
    if (stopped) return;
    timer = setTimeout(() => {
      if (isClosed()) {
        stopped = true;
        return;
      }
      const pass = tick()
        .catch((error: unknown) => {
          if (!isClosed())
            console.warn(`[pedigree] ${name}: ${error instanceof Error ? error.message : String(error)}`);
        })
        .finally(() => {
          if (own === pass) own = null;
          schedule(pollMs);
        });
      own = pass;
    }, delay);
    timer.unref();
  }

  return {
    get stopped() {
      return stopped;
    },
    wake: () => {
      schedule(0);
    },
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await (inFlight ? inFlight() : own)?.catch(() => undefined);
    },
  };
}
