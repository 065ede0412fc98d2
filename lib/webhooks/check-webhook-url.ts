import "server-only";
import { env } from "@/lib/env";
import { InvalidError } from "@/lib/errors/domain-errors";
import { checkedAddresses } from "./send-webhook";
import { refusedUrlReason } from "./webhook-address";

/** Whether webhooks may reach loopback and private addresses (PEDIGREE_WEBHOOK_ALLOW_PRIVATE=1). */
export function webhooksMayReachPrivate(): boolean {
  return env.PEDIGREE_WEBHOOK_ALLOW_PRIVATE === true;
}

/** Refuses (422 on `url`) a URL that is not http(s), or whose host is or resolves to a local or private address. */
export async function checkWebhookUrl(url: string): Promise<void> {
  const allowPrivate = webhooksMayReachPrivate();
  const reason = refusedUrlReason(url, allowPrivate);
  const refuse = (message: string) => InvalidError.fields([{ field: "url", location: "body", message }]);
  if (reason) throw refuse(reason);
  try {
    await checkedAddresses(new URL(url).hostname, allowPrivate);
  } catch (error) {
    throw refuse((error as Error).message.replace(/^refused: /, ""));
  }
}
