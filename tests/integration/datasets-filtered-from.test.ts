import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { jsonl, numberRecords, tableCounts, uploadDataset as upload } from "../support/dataset-upload";

// A filtered dataset must be a sub-multiset of the raw one it names: each record at most as often as there.

describe("a dataset declared as filtered from another", () => {
  const raw = numberRecords(120, 31);
  let rawId = "";
  const filteredUpload = (body: string, name: string, extra = "") =>
    upload(body, `name=${name}&format=jsonl&filteredFromId=${rawId}${extra}`);
  const leftBehind = async (name: string) => {
    const prisma = await db();
    const datasets = await prisma.dataset.findMany({ where: { name }, select: { id: true } });
    const ids = datasets.map((d) => d.id);
    return {
      datasets: datasets.length,
      records: await prisma.datasetRecord.count({ where: { datasetId: { in: ids } } }),
      audit: await prisma.auditEvent.count({ where: { entityId: { in: ids } } }),
    };
  };

  it("is stored when it is a subset of the raw one, with the right rejected count, in any order and with repeats the raw one has", async () => {
    const withRepeat = [...raw, raw[5]];
    const stored = await upload(jsonl(withRepeat), "name=raw-with-repeat&format=jsonl");
    expect(stored.status).toBe(201);
    rawId = stored.body.id;
    const kept = [raw[5], ...raw.slice(40, 100).reverse(), raw[5]]; // raw[5] twice, as in the raw dataset
    const filtered = await filteredUpload(jsonl(kept), "true-subset");
    expect(filtered.status).toBe(201);
    expect(filtered.body).toMatchObject({ recordCount: 62, rejectedCount: 121 - 62, filteredFromId: rawId });
    expect(filtered.body.passRate).toBeCloseTo(62 / 121, 12);
  });

  it("compares metadata (the row's other fields) too, whatever their order", async () => {
    const tagged = raw.slice(0, 10).map((record, i) => ({ ...record, source: "teacher", index: i }));
    const taggedRaw = await upload(jsonl([...tagged, ...raw.slice(10, 20)]), "name=tagged-raw&format=jsonl");
    const byMetadata = (records: unknown[], name: string) =>
      upload(jsonl(records), `name=${name}&format=jsonl&filteredFromId=${taggedRaw.body.id}`);
    const reordered = tagged
      .slice(0, 3)
      .map(({ prompt, completion, source, index }) => ({ index, completion, source, prompt }));
    const ok = await byMetadata([...reordered, raw[12]], "metadata-ok");
    expect(ok.status).toBe(201);
    expect(ok.body.rejectedCount).toBe(16);
    const otherMetadata = await byMetadata([tagged[0], { ...tagged[1], source: "someone else" }], "metadata-differs");
    expect(otherMetadata.status).toBe(422);
    expect(otherMetadata.body.errors[0]).toMatchObject({ field: "line 2", line: 2 });
    // Without its metadata the record is not the raw one's either.
    const stripped = await byMetadata(
      [{ prompt: tagged[2].prompt, completion: tagged[2].completion }],
      "metadata-dropped",
    );
    expect(stripped.status).toBe(422);
  });

  it("is refused with 422 naming the line of a record the raw one lacks, and nothing is left behind", async () => {
    const before = await tableCounts();
    const foreign = {
      prompt: "See the following numbers: 1, 2, 3. Please add up to 10 more numbers.",
      completion: "4\n5\n6\n7",
    };
    // A blank line and a CSV-like header line would shift line numbers: the blank one is there to prove it.
    const body =
      [raw[0], raw[1], raw[2]].map((r) => JSON.stringify(r)).join("\n") +
      "\n\n" +
      [raw[3], foreign, raw[4]].map((r) => JSON.stringify(r)).join("\n") +
      "\n";
    const refused = await filteredUpload(body, "invented-pass-rate");
    expect(refused.status).toBe(422);
    expect(refused.contentType).toBe("application/problem+json");
    expect(refused.body.detail).toContain("Line 6 is not accounted for by the raw dataset 'raw-with-repeat'");
    expect(refused.body.errors).toEqual([
      {
        field: "line 6",
        location: "line",
        line: 6,
        message: expect.stringContaining("not a record of the raw dataset 'raw-with-repeat'"),
      },
    ]);
    expect(refused.body.notInRaw).toMatchObject({ line: 6, rawDatasetId: rawId });
    expect(refused.body.notInRaw.excerpt).toContain("See the following numbers: 1, 2, 3.");
    expect(refused.body.notInRaw.excerpt).toContain('"completion":"4\\n5\\n6\\n7"');
    expect(await leftBehind("invented-pass-rate")).toEqual({ datasets: 0, records: 0, audit: 0 });
    expect(await tableCounts()).toEqual(before);
  });

  it("is refused when a record is repeated more often than in the raw one", async () => {
    const before = await tableCounts();
    // raw[7] is in the raw dataset once; the third line repeats it.
    const refused = await filteredUpload(jsonl([raw[7], raw[8], raw[7]]), "repeated");
    expect(refused.status).toBe(422);
    expect(refused.body.errors[0]).toMatchObject({
      field: "line 3",
      line: 3,
      message: expect.stringContaining("occurs 2 times up to here but once in the raw dataset"),
    });
    // raw[5] is there twice: three times is once too often.
    const thrice = await filteredUpload(jsonl([raw[5], raw[5], raw[9], raw[5]]), "thrice");
    expect(thrice.status).toBe(422);
    expect(thrice.body.errors[0]).toMatchObject({
      line: 4,
      message: expect.stringContaining("occurs 3 times up to here but 2 times"),
    });
    expect(await leftBehind("repeated")).toEqual({ datasets: 0, records: 0, audit: 0 });
    expect(await leftBehind("thrice")).toEqual({ datasets: 0, records: 0, audit: 0 });
    expect(await tableCounts()).toEqual(before);
  });

  it("is refused even when identical content is stored already, and in a large upload names the right line", async () => {
    // The same bytes as a dataset already stored (not filtered from anything) are still no subset of this raw one.
    const unrelated = numberRecords(30, 32);
    expect((await upload(jsonl(unrelated), "name=unrelated&format=jsonl")).status).toBe(201);
    const again = await filteredUpload(jsonl(unrelated), "unrelated-again");
    expect(again.status).toBe(422);
    expect(again.body.errors[0].line).toBe(1);

    // Many batches, with skipped bad lines before the fault: line numbers still count every line.
    const big = numberRecords(5000, 33);
    const bigRaw = await upload(jsonl(big), "name=big-raw&format=jsonl");
    const lines = jsonl(big.slice(0, 4500)).split("\n");
    lines.splice(10, 0, "not json"); // line 11
    lines.splice(4200, 0, JSON.stringify({ prompt: "not in raw", completion: "1" })); // line 4201
    const refused = await upload(
      lines.join("\n"),
      `name=big-filtered&format=jsonl&onInvalid=skip&filteredFromId=${bigRaw.body.id}`,
    );
    expect(refused.status).toBe(422);
    expect(refused.body.errors[0]).toMatchObject({ field: "line 4201", line: 4201 });
    expect(await leftBehind("big-filtered")).toEqual({ datasets: 0, records: 0, audit: 0 });
  });

  it("names the line a CSV row ends on", async () => {
    const csvRaw = await upload('prompt,completion\n"a","1\n2"\n"b","3"\n', "name=csv-raw&format=csv");
    const refused = await upload(
      'prompt,completion\n"b","3"\n"c","4\n5"\n',
      `name=csv-filtered&format=csv&filteredFromId=${csvRaw.body.id}`,
    );
    expect(refused.status).toBe(422);
    expect(refused.body.errors[0]).toMatchObject({ line: 4 });
  });
});
