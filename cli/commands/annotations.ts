import type { Command } from "commander";
import {
  ANNOTATION_SUBJECT_TYPES,
  type AnnotationDto,
  type AnnotationSubjectType,
} from "@/lib/annotations/annotation.types";
import { resolveDataset } from "../api/find-dataset";
import { resolveModel } from "../api/find-model";
import { listPages } from "../api/list-pages";
import type { PedigreeClient } from "../client";
import { commandAction } from "../command-action";
import type { Io } from "../context";
import { UsageError } from "../errors";
import { formatTimestamp } from "../render/format";

const COLLECTIONS: Record<AnnotationSubjectType, string> = { model: "models", dataset: "datasets", run: "runs" };

function subjectType(value: string): AnnotationSubjectType {
  const type = ANNOTATION_SUBJECT_TYPES.find((candidate) => candidate === value);
  if (!type)
    throw new UsageError(`Notes are written on a ${ANNOTATION_SUBJECT_TYPES.join(", a ")}; not on '${value}'.`);
  return type;
}

/** The notes path of the object an argument names: a model or dataset as elsewhere (id, name, ...), a run by its id. */
async function notesPath(client: PedigreeClient, type: AnnotationSubjectType, reference: string): Promise<string> {
  const id =
    type === "model"
      ? (await resolveModel(client, reference)).id
      : type === "dataset"
        ? (await resolveDataset(client, reference)).id
        : reference;
  return `/api/v1/${COLLECTIONS[type]}/${encodeURIComponent(id)}/annotations`;
}

async function readStdin(io: Io): Promise<string> {
  if (!io.stdin) throw new UsageError("'-' reads the note from standard input, and there is none.");
  const chunks: string[] = [];
  const decoder = new TextDecoder();
  for await (const chunk of io.stdin)
    chunks.push(typeof chunk === "string" ? chunk : decoder.decode(chunk, { stream: true }));
  return chunks.join("") + decoder.decode();
}

/** A note as a terminal shows it: who and when, then its text indented, line breaks kept. */
function describeNote(note: AnnotationDto): string {
  const edited = note.updatedAt === note.createdAt ? "" : `, edited ${formatTimestamp(note.updatedAt)}`;
  const text = note.body
    .split("\n")
    .map((line) => `  ${line}`)
    .join("\n");
  return `${note.author.name} · ${formatTimestamp(note.createdAt)}${edited} · ${note.id}\n${text}`;
}

export function registerAnnotationCommands(program: Command, io: Io): void {
  const annotations = program
    .command("annotations")
    .description(
      "Read and write notes on models, datasets and runs (writing needs annotations:write: auditors, admins)",
    );

  annotations
    .command("list")
    .description("List the notes on a model, a dataset or a run, newest first")
    .argument("<kind>", "model, dataset or run")
    .argument("<id>", "the model (id, name or external id), dataset (id, SHA-256 or name) or run (id)")
    .action(
      commandAction(io, async (context, [kind, reference]) => {
        const client = context.client();
        const result = {
          items: await listPages<AnnotationDto>(client, await notesPath(client, subjectType(kind), reference)),
        };
        context.output(result, () =>
          result.items.length === 0 ? "(no notes)" : result.items.map(describeNote).join("\n\n"),
        );
      }),
    );

  annotations
    .command("add")
    .description("Write a note on a model, a dataset or a run, in your name")
    .argument("<kind>", "model, dataset or run")
    .argument("<id>", "the model (id, name or external id), dataset (id, SHA-256 or name) or run (id)")
    .argument("<text>", "the note, plain text; - reads it from standard input")
    .action(
      commandAction(io, async (context, [kind, reference, text]) => {
        const type = subjectType(kind);
        const body = text === "-" ? await readStdin(io) : text;
        const client = context.client();
        const { data } = await client.request<AnnotationDto>("POST", await notesPath(client, type, reference), {
          json: { body },
        });
        context.output(data, () => `Noted on ${data.subject.name}.\n\n${describeNote(data)}`);
      }),
    );
}
