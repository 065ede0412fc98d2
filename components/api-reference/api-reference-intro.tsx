import { KeyRound, ShieldAlert, Terminal } from "lucide-react";
import Link from "next/link";
import { Card } from "@/components/ui/card";
import { InlineText } from "./inline-text";
import styles from "./api-reference-intro.module.css";

/** Before the endpoints: how to authenticate, how errors and lists work, and the CLI. */
export function ApiReferenceIntro({ origin }: { origin: string }) {
  const cli = [
    `export PEDIGREE_URL=${origin}`,
    "export PEDIGREE_TOKEN=pdg_...",
    "npx pedigree --help",
    "npx pedigree models list",
  ].join("\n");
  return (
    <div className={styles.grid}>
      <Card
        title={
          <>
            <KeyRound size={15} aria-hidden="true" className={styles.icon} /> Authentication
          </>
        }
      >
        <div className={styles.text}>
          <p>
            Create an API token in{" "}
            <Link href="/settings" className={styles.link}>
              Settings
            </Link>
            ; it is shown once. Send it as <InlineText text="`Authorization: Bearer pdg_...`" />.
          </p>
          <p>
            A token acts as your role or a lesser one. Each endpoint names the scope it needs; a revoked or expired
            token gets 401 at once. In the browser, your session is used.
          </p>
        </div>
      </Card>
      <Card
        title={
          <>
            <ShieldAlert size={15} aria-hidden="true" className={styles.icon} /> Errors, lists and retries
          </>
        }
      >
        <div className={styles.text}>
          <p>
            <InlineText text="Errors are `application/problem+json` (RFC 9457), with the fields at fault in `errors`. A request that fails changes nothing." />
          </p>
          <p>
            <InlineText text="Lists return `nextCursor`; pass it as `cursor` for the next page. Registering a model, generation or run with its external id, or uploading a dataset again, returns what is already stored." />
          </p>
        </div>
      </Card>
      <Card
        title={
          <>
            <Terminal size={15} aria-hidden="true" className={styles.icon} /> Command line
          </>
        }
      >
        <div className={styles.text}>
          <p>
            <InlineText text="The `pedigree` CLI calls these endpoints for you, from a clone of the repository. It reads the server and token from:" />
          </p>
          <pre className={styles.shell}>{cli}</pre>
        </div>
      </Card>
    </div>
  );
}
