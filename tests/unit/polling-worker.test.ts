import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { pollingWorker } from "@/lib/startup/polling-worker";

/** A promise and the function that settles it, for a tick that is held in flight. */
function held() {
  let release = () => {};
  const promise = new Promise<void>((resolve) => {
    release = resolve;
  });
  return { promise, release };
}

describe("pollingWorker", () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it("ticks once woken, then every pollMs after the last tick settled", async () => {
    const tick = vi.fn(() => Promise.resolve());
    const loop = pollingWorker(tick, 1000, { name: "test worker" });
    await vi.advanceTimersByTimeAsync(5000);
    expect(tick).toHaveBeenCalledTimes(0);

    loop.wake();
    await vi.advanceTimersByTimeAsync(0);
    expect(tick).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(999);
    expect(tick).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(tick).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(3000);
    expect(tick).toHaveBeenCalledTimes(5);
    await loop.stop();
  });

  it("ticks at once when woken between polls", async () => {
    const tick = vi.fn(() => Promise.resolve());
    const loop = pollingWorker(tick, 60_000, { name: "test worker" });
    loop.wake();
    await vi.advanceTimersByTimeAsync(0);
    expect(tick).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(10_000);
    loop.wake();
    await vi.advanceTimersByTimeAsync(0);
    expect(tick).toHaveBeenCalledTimes(2);
    // The next poll counts from the woken tick.
    await vi.advanceTimersByTimeAsync(59_999);
    expect(tick).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(tick).toHaveBeenCalledTimes(3);
    await loop.stop();
  });

  it("stops: no tick after stop, which waits for the tick in flight", async () => {
    const pass = held();
    let finished = false;
    const tick = vi.fn(async () => {
      await pass.promise;
      finished = true;
    });
    const loop = pollingWorker(tick, 1000, { name: "test worker" });
    loop.wake();
    await vi.advanceTimersByTimeAsync(0);
    expect(tick).toHaveBeenCalledTimes(1);

    let stopped = false;
    const stopping = loop.stop().then(() => {
      stopped = true;
    });
    expect(loop.stopped).toBe(true);
    await vi.advanceTimersByTimeAsync(10);
    expect(stopped).toBe(false);
    pass.release();
    await stopping;
    expect(finished).toBe(true);

    await vi.advanceTimersByTimeAsync(10_000);
    loop.wake();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(tick).toHaveBeenCalledTimes(1);
  });

  it("waits on stop for the worker's own tick in flight when it tracks it", async () => {
    const pass = held();
    const loop = pollingWorker(() => Promise.resolve(), 1000, { name: "test worker", inFlight: () => pass.promise });
    let stopped = false;
    const stopping = loop.stop().then(() => {
      stopped = true;
    });
    await vi.advanceTimersByTimeAsync(10);
    expect(stopped).toBe(false);
    pass.release();
    await stopping;
    expect(stopped).toBe(true);
  });

  it("logs a tick's error with the worker's name and keeps polling", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const tick = vi.fn().mockRejectedValueOnce(new Error("database busy")).mockResolvedValue(undefined);
    const loop = pollingWorker(tick, 1000, { name: "test worker" });
    loop.wake();
    await vi.advanceTimersByTimeAsync(0);
    expect(warn).toHaveBeenCalledWith("[pedigree] test worker: database busy");
    await vi.advanceTimersByTimeAsync(1000);
    expect(tick).toHaveBeenCalledTimes(2);
    expect(warn).toHaveBeenCalledTimes(1);
    await loop.stop();
  });

  it("ends quietly once its connection is closed", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    let closed = false;
    const tick = vi.fn(() => {
      closed = true;
      return Promise.reject(new Error("connection closed"));
    });
    const loop = pollingWorker(tick, 1000, { name: "test worker", isClosed: () => closed });
    loop.wake();
    await vi.advanceTimersByTimeAsync(5000);
    expect(tick).toHaveBeenCalledTimes(1);
    expect(warn).not.toHaveBeenCalled();
    expect(loop.stopped).toBe(true);
  });
});
