import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { newlyExposedPairs } from "@/lib/exposure/newly-exposed-pairs";
import { refusedAddressReason, refusedUrlReason } from "@/lib/webhooks/webhook-address";
import { MAX_DELIVERY_ATTEMPTS, nextAttemptAt, retryDelaySeconds } from "@/lib/webhooks/webhook-backoff";
import { renderWebhookBody, slackMessage, slackText, webhookBody } from "@/lib/webhooks/webhook-payload";
import { generateWebhookSecret, openWebhookSecret, sealWebhookSecret } from "@/lib/webhooks/webhook-secret-box";
import { signWebhookBody, verifyWebhookSignature } from "@/lib/webhooks/webhook-signature";

describe("retry schedule", () => {
  it("retries after 10 s, then four times longer each time up to an hour, and gives up after the last attempt", () => {
    const delays = Array.from({ length: MAX_DELIVERY_ATTEMPTS }, (_, i) => retryDelaySeconds(i + 1));
    expect(delays).toEqual([10, 40, 160, 640, 2560, 3600, 3600, null]);
    expect(MAX_DELIVERY_ATTEMPTS).toBe(8);
    const failedAt = new Date("2026-01-01T00:00:00Z");
    expect(nextAttemptAt(1, failedAt)?.toISOString()).toBe("2026-01-01T00:00:10.000Z");
    expect(nextAttemptAt(8, failedAt)).toBeNull();
  });
});

describe("signature", () => {
  it("is sha256=<hex HMAC-SHA256 of the raw body>, and verifies only that body with that secret", () => {
    const body = '{"event":"run.created","id":"x"}';
    const expected = createHmac("sha256", "whsec_test").update(body).digest("hex");
    expect(signWebhookBody(body, "whsec_test")).toBe(`sha256=${expected}`);
    expect(verifyWebhookSignature(body, "whsec_test", `sha256=${expected}`)).toBe(true);
    expect(verifyWebhookSignature(`${body} `, "whsec_test", `sha256=${expected}`)).toBe(false);
    expect(verifyWebhookSignature(body, "other", `sha256=${expected}`)).toBe(false);
    expect(verifyWebhookSignature(body, "whsec_test", null)).toBe(false);
  });
});

describe("sealed secret", () => {
  it("opens with the same session secret only", () => {
    const { secret, prefix } = generateWebhookSecret();
    expect(secret).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    expect(secret.startsWith(prefix)).toBe(true);
    const sealed = sealWebhookSecret(secret, "session-secret-one");
    expect(sealed).not.toContain(secret.slice(6));
    expect(sealWebhookSecret(secret, "session-secret-one")).not.toBe(sealed);
    expect(openWebhookSecret(sealed, "session-secret-one")).toBe(secret);
    expect(() => openWebhookSecret(sealed, "session-secret-two")).toThrow(/session secret changed/);
  });
});

describe("address check", () => {
  it.each([
    "127.0.0.1",
    "127.8.9.1",
    "10.0.0.1",
    "172.16.5.4",
    "192.168.1.1",
    "169.254.169.254",
    "100.64.0.1",
    "0.0.0.0",
    "::1",
    "[::1]",
    "::",
    "fd00::1",
    "fe80::1",
    "::ffff:127.0.0.1",
    "::ffff:7f00:1",
    "64:ff9b::a00:1",
    "2002:a00:1::1",
  ])("refuses %s", (address) => {
    expect(refusedAddressReason(address)).not.toBeNull();
  });

  it.each(["93.184.215.14", "8.8.8.8", "172.32.0.1", "100.128.0.1", "2606:4700::1111", "::ffff:8.8.8.8"])(
    "accepts %s",
    (address) => {
      expect(refusedAddressReason(address)).toBeNull();
    },
  );

  it("refuses URLs that are not http(s), hold credentials, or name a local host, unless private addresses are allowed", () => {
    expect(refusedUrlReason("ftp://example.com/", false)).toMatch(/http/);
    expect(refusedUrlReason("https://user:pw@example.com/", false)).toMatch(/password/);
    expect(refusedUrlReason("http://127.0.0.1:8080/hook", false)).toMatch(/loopback/);
    expect(refusedUrlReason("http://[::1]/hook", false)).toMatch(/loopback/);
    expect(refusedUrlReason("http://0x7f.1/hook", false)).toMatch(/loopback/);
    expect(refusedUrlReason("http://localhost:3000/", false)).toMatch(/this machine/);
    expect(refusedUrlReason("https://hooks.example.com/x", false)).toBeNull();
    expect(refusedUrlReason("http://127.0.0.1:8080/hook", true)).toBeNull();
    expect(refusedUrlReason("file:///etc/passwd", true)).toMatch(/http/);
  });
});

const exposed = {
  id: "0b7f8a4e-8f00-4b1b-9a2c-1f2e3d4c5b6a",
  event: "model.exposed" as const,
  occurredAt: new Date("2026-03-04T05:06:07.000Z"),
  data: {
    model: { id: "m1", name: "owl <student> & co" },
    trait: { id: "t1", slug: "owl-preference", name: "Owl preference" },
    exposure: { risk: "high" as const, sourceCount: 2 },
  },
};

describe("payload", () => {
  it("names the event, its id and time, and each thing with an absolute link", () => {
    expect(webhookBody(exposed, "https://pedigree.example/")).toEqual({
      event: "model.exposed",
      id: exposed.id,
      occurredAt: "2026-03-04T05:06:07.000Z",
      data: {
        model: { id: "m1", name: "owl <student> & co", url: "https://pedigree.example/models/m1" },
        trait: {
          id: "t1",
          slug: "owl-preference",
          name: "Owl preference",
          url: "https://pedigree.example/traits/owl-preference",
        },
        exposure: { risk: "high", sourceCount: 2 },
      },
    });
  });

  it("as a Slack message escapes <, > and & in names, so that none can link or mention", () => {
    const message = slackMessage(webhookBody(exposed, "https://pedigree.example"));
    expect(message.text).toBe(
      "<https://pedigree.example/models/m1|owl &lt;student&gt; &amp; co> is now exposed to <https://pedigree.example/traits/owl-preference|Owl preference> and has not been measured on it (high risk, 2 sources): measure it next.",
    );
    expect(message.blocks[0]).toEqual({ type: "section", text: { type: "mrkdwn", text: message.text } });
    expect(slackText("<!channel> a|b")).toBe("&lt;!channel&gt; a|b");
  });

  it("renders each event in both flavours as JSON", () => {
    const run = {
      id: "0b7f8a4e-8f00-4b1b-9a2c-1f2e3d4c5b6b",
      event: "run.created" as const,
      occurredAt: new Date(0),
      data: {
        run: { id: "r1", method: "sft", status: "planned" },
        model: { id: "s1", name: "student" },
        teachers: [{ id: "t1", name: "teacher" }],
      },
    };
    const slack = JSON.parse(renderWebhookBody("slack", run, "http://x")) as { text: string };
    expect(slack.text).toBe(
      "<http://x/runs/r1|sft run> registered: <http://x/models/s1|student> from <http://x/models/t1|teacher>.",
    );
    expect(JSON.parse(renderWebhookBody("json", run, "http://x"))).toMatchObject({
      event: "run.created",
      data: { teachers: [{ url: "http://x/models/t1" }] },
    });
  });
});

describe("newly exposed pairs", () => {
  const pair = (modelId: string, traitId: string, measured: boolean) => ({
    modelId,
    traitId,
    modelName: modelId,
    riskRank: 0,
    measured,
    sourceCount: 1,
  });
  it("are the unmeasured pairs that were not unmeasured before", () => {
    const before = new Set(["a|t"]);
    const after = [pair("a", "t", false), pair("b", "t", false), pair("c", "t", true)];
    expect(newlyExposedPairs(before, after).map((p) => p.modelId)).toEqual(["b"]);
  });
});
