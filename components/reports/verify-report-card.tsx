"use client";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { Card } from "@/components/ui/card";
import { Spinner } from "@/components/ui/spinner";
import { ReportFileDrop } from "./report-file-drop";
import { VerificationResult } from "./verification-result";
import { verifyReportFile } from "./verify-report-file";
import styles from "./verify-report-card.module.css";

/** Pick or drop a report file; the instance says whether it is intact and was signed here. */
export function VerifyReportCard() {
  const [file, setFile] = useState<File | null>(null);
  const verify = useMutation({ mutationFn: (chosen: File) => verifyReportFile(chosen) });

  function check(chosen: File) {
    setFile(chosen);
    verify.mutate(chosen);
  }

  return (
    <Card
      title="Verify a report"
      description="Is a file one this instance signed, unchanged since? The file is checked, not stored."
      id="verify-report"
    >
      <div className={styles.stack}>
        <ReportFileDrop file={file} onFile={check} disabled={verify.isPending} />
        {verify.isPending && (
          <p className={styles.checking}>
            <Spinner size={14} /> Checking {file?.name}…
          </p>
        )}
        {verify.isError && (
          <p className={styles.error} role="alert">
            Could not check the file: {verify.error.message}
          </p>
        )}
        {verify.data && !verify.isPending && <VerificationResult answer={verify.data} />}
      </div>
    </Card>
  );
}
