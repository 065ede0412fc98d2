import { Card } from "@/components/ui/card";
import { DefinitionItem } from "@/components/ui/definition-item";
import definition from "@/components/ui/definition-list.module.css";
import { formatByteSize } from "@/components/ui/format-byte-size";
import { HashValue } from "@/components/ui/hash-value";
import type { DatasetDetail } from "@/lib/datasets/dataset.types";
import { formatDateTime } from "@/lib/format/format-date";
import { formatInteger } from "@/lib/format/format-number";
import { SkippedLinesList } from "./skipped-lines-list";

/** What the stored content is: its two digests, its size, and the rows an upload skipped. */
export function DatasetFacts({ dataset }: { dataset: DatasetDetail }) {
  return (
    <Card
      title="Content"
      description="The canonical digest covers the records as stored (and as downloaded); the file digest covers the bytes that were uploaded."
      flush
      id="content"
    >
      <dl className={definition.list} data-testid="dataset-facts">
        <DefinitionItem term="SHA-256, records" wide>
          <HashValue value={dataset.sha256} label="Copy the SHA-256 of the canonical records" />
        </DefinitionItem>
        <DefinitionItem term="SHA-256, uploaded file" wide>
          {dataset.rawSha256 && <HashValue value={dataset.rawSha256} label="Copy the SHA-256 of the uploaded file" />}
        </DefinitionItem>
        <DefinitionItem term="Records">
          <span className="num">{formatInteger(dataset.recordCount)}</span>
        </DefinitionItem>
        <DefinitionItem term="Size">
          <span title={`${formatInteger(dataset.byteSize)} bytes`}>{formatByteSize(dataset.byteSize)}</span>
        </DefinitionItem>
        <DefinitionItem term="Uploaded as">{dataset.format.toUpperCase()}</DefinitionItem>
        <DefinitionItem term="Uploaded">{formatDateTime(dataset.createdAt)}</DefinitionItem>
        <DefinitionItem term="Search index" wide>
          <span data-testid="search-index-state">
            {dataset.searchIndex === "ready"
              ? "Ready"
              : "Being built after the upload: searching the records works meanwhile, more slowly"}
          </span>
        </DefinitionItem>
        <DefinitionItem term="Skipped rows" wide>
          {dataset.skipped === 0 ? (
            <span className={definition.missing}>None: every row of the file was stored</span>
          ) : (
            <SkippedLinesList skipped={dataset.skipped} lines={dataset.skippedLines} />
          )}
        </DefinitionItem>
      </dl>
    </Card>
  );
}
