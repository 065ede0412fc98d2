import { stat } from "node:fs/promises";
import type { Command } from "commander";
import type { VerifyAnswer } from "@/lib/reports/verify-uploaded-report";
import { uploadFile } from "../api/upload-file";
import { commandAction } from "../command-action";
import type { Io } from "../context";
import { FailedCheck, UnknownReport, UsageError } from "../errors";
import { renderFields } from "../render/fields";

const VERDICTS: Record<VerifyAnswer["status"], string> = {
  valid: "Intact, and signed by this server.",
  "valid-unknown-report":
    "VALID SIGNATURE, UNKNOWN REPORT: signed by this server's key, but this server has no record of issuing it.",
  tampered: "TAMPERED: the file has changed since it was signed.",
  "unknown-key": "NOT SIGNED HERE: the signature is by another key.",
  unsigned: "UNSIGNED: the file carries no Pedigree signature.",
};

function describeVerification(answer: VerifyAnswer, fileName: string): string {
  return `${fileName}: ${VERDICTS[answer.status]}\n\n${renderFields([
    ["Reason", answer.reason],
    ["Signed SHA-256", answer.claimedDigest],
    ["File's SHA-256", answer.computedDigest === answer.claimedDigest ? "the same" : answer.computedDigest],
    ["Key", answer.keyId],
    [
      "Report",
      answer.report
        ? `${answer.report.id}: ${answer.report.subject.name}, ${answer.report.format}, by ${answer.report.createdBy} at ${answer.report.createdAt}`
        : null,
    ],
  ])}`;
}

export function registerVerifyCommand(program: Command, io: Io): void {
  program
    .command("verify")
    .description(
      "Check a provenance report with the server that signed it: intact, and signed by its key? (no token needed) Exits 0 when valid and issued by this server, 4 when tampered, unsigned or signed by another key, 5 when intact and signed by the server's key but not issued by it (issued elsewhere).",
    )
    .argument("<file>", "the report as it was downloaded (PDF, HTML, JSON, CSV, or an in-toto DSSE envelope)")
    .action(
      commandAction(io, async (context, [file]) => {
        const found = await stat(file).catch(() => null);
        if (!found?.isFile()) throw new UsageError(`Cannot read ${file}: no such file.`);
        const { data } = await uploadFile<VerifyAnswer>(context.client(), "/api/v1/reports/verify", file, {
          query: {},
          contentType: "application/octet-stream",
        });
        context.output(data, () => describeVerification(data, file));
        if (data.status === "valid-unknown-report") throw new UnknownReport(data.reason);
        if (data.status !== "valid") throw new FailedCheck(data.reason);
      }),
    );
}
