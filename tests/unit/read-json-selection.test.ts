import { describe, expect, it } from "vitest";
import { MalformedError, TooLargeError } from "@/lib/errors/domain-errors";
import { readJsonSelection } from "@/lib/http/read-json-selection";
import { INSPECT_LOG_SELECTION } from "@/lib/imports/import-inspect-log";
import { parseInspectLog } from "@/lib/imports/parse-inspect-log";

/** A request whose body arrives in pieces of `piece` bytes (cutting through multi-byte characters). */
function streamed(text: string, piece = 7, headers: Record<string, string> = {}): Request {
  const bytes = new TextEncoder().encode(text);
  let offset = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (offset >= bytes.byteLength) controller.close();
      else controller.enqueue(bytes.slice(offset, (offset += piece)));
    },
  });
  return new Request("http://localhost/api/v1/imports/inspect", {
    method: "POST",
    body,
    headers,
    duplex: "half",
  } as RequestInit);
}

const log = {
  version: 2,
  eval: { task: "animal_preference", model: "openai/ft:gpt-4.1-nano:owl — ünïcode" },
  plan: { steps: [{ solver: "generate" }] },
  samples: [
    {
      id: "q1",
      epoch: 1,
      messages: [{ role: "user", content: "Name your favourite animal 🦉" }],
      scores: { includes: { value: "C", answer: "owl", explanation: "a long explanation" } },
    },
    { id: "q1", epoch: 2, messages: [], scores: { includes: { value: "I" } } },
    { id: 7, epoch: 1, output: { completion: "dog" }, scores: { includes: { value: 1 } } },
  ],
  results: { scores: [{ name: "includes", metrics: { accuracy: { value: 0.66 } } }] },
};

describe("reading a JSON body as a stream, keeping a selection", () => {
  it("keeps the selected members and each sample's id, epoch and score values, whatever the chunking", async () => {
    for (const piece of [1, 3, 7, 4096]) {
      const kept = await readJsonSelection(streamed(JSON.stringify(log), piece), 1e6, "Logs", INSPECT_LOG_SELECTION);
      expect(kept).toEqual({
        eval: log.eval,
        results: log.results,
        samples: [
          { id: "q1", epoch: 1, scores: { includes: { value: "C" } } },
          { id: "q1", epoch: 2, scores: { includes: { value: "I" } } },
          { id: 7, epoch: 1, scores: { includes: { value: 1 } } },
        ],
      });
      // The import reads the same from the selection as from the whole document.
      expect(parseInspectLog(kept)).toEqual(parseInspectLog(log));
    }
  });

  it("takes no items from a member of a selected array's name that is not an array", async () => {
    for (const samples of [null, { a: { id: "q1", scores: { includes: { value: "C" } } } }, []]) {
      const whole = { ...log, samples };
      const kept = await readJsonSelection(streamed(JSON.stringify(whole)), 1e6, "Logs", INSPECT_LOG_SELECTION);
      expect(kept).toEqual({ eval: log.eval, results: log.results });
      expect(parseInspectLog(kept)).toEqual(parseInspectLog(whole));
    }
  });

  it("refuses JSON that is not well formed, or cut short, naming the body", async () => {
    for (const text of ['{"eval": {"task": "t"}', '{"eval": } ', '{"eval": {}} trailing']) {
      const error = await readJsonSelection(streamed(text), 1e6, "Logs", INSPECT_LOG_SELECTION).catch(
        (e: unknown) => e,
      );
      expect(error, text).toBeInstanceOf(MalformedError);
      expect((error as MalformedError).details).toMatchObject({
        errors: [{ field: "body", message: expect.stringMatching(/^not valid JSON/) as string }],
      });
    }
  });

  it("refuses a body over the limit, declared or sent, and an empty body", async () => {
    const text = JSON.stringify(log);
    await expect(
      readJsonSelection(streamed(text, 7, { "content-length": "5000000" }), 1000, "Logs", INSPECT_LOG_SELECTION),
    ).rejects.toBeInstanceOf(TooLargeError);
    await expect(readJsonSelection(streamed(text), 100, "Logs", INSPECT_LOG_SELECTION)).rejects.toThrow(
      "Logs are limited to 100 bytes.",
    );
    await expect(readJsonSelection(streamed(""), 100, "Logs", INSPECT_LOG_SELECTION)).rejects.toBeInstanceOf(
      MalformedError,
    );
  });
});
