import { RunMethodBadge } from "./run-method-badge";
import { RunStatusBadge } from "./run-status-badge";

/** A run's method and status, side by side. */
export function RunBadges({ run }: { run: { method: string; status: string } }) {
  return (
    <>
      <RunMethodBadge method={run.method} />
      <RunStatusBadge status={run.status} />
    </>
  );
}
