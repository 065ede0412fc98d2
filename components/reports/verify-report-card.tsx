"use client";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { Card } from "@/components/ui/card";
import { Spinner } from "@/components/ui/spinner";
import { FileDrop } from "@/components/ui/file-drop";
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
        <FileDrop
          file={file}
          onFile={check}
          disabled={verify.isPending}
          label="Report file to verify"
          prompt="Choose a report"
          formats="PDF, HTML, JSON or CSV, as it was downloaded"
          chosenNote="click or drop another file"
          chosenTestId="verified-file"
        />
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
        {verify.data && <VerificationResult answer={verify.data} />}
      </div>
    </Card>
  );
}
