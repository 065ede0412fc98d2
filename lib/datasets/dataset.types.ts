import { z } from "zod";
import { ZPageQuery } from "@/lib/pagination/cursor-page";

export const ZListDatasetsQuery = z
  .object({ q: z.string().trim().max(200).optional().describe("Matches the name or the SHA-256"), ...ZPageQuery })
  .strict();
export type TListDatasetsQuery = z.output<typeof ZListDatasetsQuery>;

export interface DatasetSummary {
  id: string;
  name: string;
  sha256: string;
  recordCount: number;
  byteSize: number;
  format: string;
  isDemo: boolean;
  tags: string[];
  teacher: { id: string; name: string } | null;
  filteredFrom: { id: string; name: string; recordCount: number } | null;
  /** Share of the raw dataset's records the filter kept, when this dataset was filtered from one. */
  passRate: number | null;
  trainedStudents: { id: string; name: string }[];
  createdAt: string;
}
