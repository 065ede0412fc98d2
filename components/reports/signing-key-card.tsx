import { ExternalLink } from "lucide-react";
import { Card } from "@/components/ui/card";
import { CopyButton } from "@/components/ui/copy-button";
import { DefinitionItem } from "@/components/ui/definition-item";
import definition from "@/components/ui/definition-list.module.css";
import { HashValue } from "@/components/ui/hash-value";
import { formatDateTime } from "@/lib/format/format-date";
import { offlineVerifyRecipe } from "./offline-verify-recipe";
import styles from "./signing-key-card.module.css";

interface SigningKeyCardProps {
  keyId: string;
  algorithm: string;
  publicKeyPem: string;
  /** Keys this one replaced (`pedigree keys rotate`), newest first: they no longer sign, but still verify. */
  retired: { keyId: string; retiredAt: string | null }[];
  /** This instance's public URL, for the recipe's first command. */
  baseUrl: string;
}

/** The instance's report-signing key, and how anyone can check a report with it, without Pedigree. */
export function SigningKeyCard({ keyId, algorithm, publicKeyPem, retired, baseUrl }: SigningKeyCardProps) {
  const steps = offlineVerifyRecipe(baseUrl);
  return (
    <Card
      title="Signing key"
      description="Every report carries the slot pedigree-signature:v1:<key id>:<sha-256>:<signature>, in its metadata or a comment, so that it can be checked without this instance. An in-toto attestation is a DSSE envelope instead, signed with the same key (keyid the key id), for in-toto and Sigstore verifiers."
      flush
      id="signing-key"
    >
      <dl className={definition.list}>
        <DefinitionItem term="Key id">
          <HashValue value={keyId} label="Copy the key id" />
        </DefinitionItem>
        <DefinitionItem term="Algorithm">{algorithm} over the 32 bytes of the SHA-256</DefinitionItem>
        <DefinitionItem term="Public key" wide>
          <a className={styles.link} href="/api/v1/reports/public-key" target="_blank" rel="noreferrer">
            /api/v1/reports/public-key
            <ExternalLink size={12} aria-hidden="true" />
          </a>
          <span className={styles.muted}>public: PEM (SPKI) and JWK</span>
        </DefinitionItem>
        <DefinitionItem term="Retired keys" wide>
          {retired.length === 0 ? (
            <span className={styles.muted}>None: this key has signed every report here.</span>
          ) : (
            <ul className={styles.retired} data-testid="retired-keys">
              {retired.map((key) => (
                <li key={key.keyId}>
                  <HashValue value={key.keyId} label="Copy the retired key id" />
                  <span className={styles.muted}>
                    {key.retiredAt ? `retired ${formatDateTime(key.retiredAt)}` : "retired"}; still verifies the reports
                    it signed
                  </span>
                </li>
              ))}
            </ul>
          )}
        </DefinitionItem>
      </dl>
      <div className={styles.body}>
        <div className={styles.pem}>
          <pre className={styles.code} data-testid="public-key-pem">
            {publicKeyPem.trim()}
          </pre>
          <span className={styles.copy}>
            <CopyButton value={publicKeyPem} label="Copy the public key (PEM)" />
          </span>
        </div>
        <h3 className={styles.subtitle}>Verify a report offline</h3>
        <p className={styles.intro}>
          The signature covers the report with every slot blanked: its three fields replaced by zeros of the same
          length. In bash, with grep, perl and OpenSSL 3, for a report saved as <code>report.pdf</code>:
        </p>
        <ol className={styles.steps}>
          {steps.map((step) => (
            <li key={step.title} className={styles.step}>
              <span className={styles.stepTitle}>{step.title}</span>
              <div className={styles.command}>
                <pre className={styles.code}>{step.command}</pre>
                <span className={styles.copy}>
                  <CopyButton value={step.command} label={`Copy: ${step.title}`} />
                </span>
              </div>
              {step.expect && <span className={styles.expect}>Expect: {step.expect}</span>}
            </li>
          ))}
        </ol>
      </div>
    </Card>
  );
}
