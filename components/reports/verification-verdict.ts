// How the Reports page words the answer of POST /api/v1/reports/verify.
import type { VerifyAnswer } from "@/lib/reports/verify-uploaded-report";

type VerdictTone = "green" | "red" | "amber";

export interface Verdict {
  tone: VerdictTone;
  title: string;
  detail: string;
}

export function verificationVerdict(answer: Pick<VerifyAnswer, "status" | "reason" | "keyId">): Verdict {
  switch (answer.status) {
    case "valid":
      return {
        tone: "green",
        title: "Intact, signed by this instance",
        detail: "Its bytes are exactly those this instance signed: nothing was changed since.",
      };
    case "valid-unknown-report":
      return {
        tone: "amber",
        title: "Intact, signed by this instance's key, but not issued here",
        detail: answer.reason,
      };
    case "tampered":
      return { tone: "red", title: "Tampered: changed after it was signed", detail: answer.reason };
    case "unknown-key":
      return {
        tone: "amber",
        title: "Signed by another key",
        detail: `${answer.reason} Check it against the public key of the instance that made it.`,
      };
    case "unsigned":
      return {
        tone: "amber",
        title: "Not signed",
        detail: `${answer.reason} It is not a Pedigree report, or its signature was removed.`,
      };
  }
}

export interface DigestComparison {
  claimed: string | null;
  computed: string;
  /** The digest that does not agree with the signed content, or null when they agree (or nothing was claimed). */
  differing: "claimed" | "computed" | null;
  /** Why that one is marked, for the reader. */
  note: string | null;
}

/**
 * Which digest to mark when the claimed (signed) and the computed one differ. When the signature holds for
 * the claimed digest, the file's bytes changed: the computed digest is the odd one out. When it does not,
 * the slot itself was edited: the claimed digest is not backed by a signature. With a foreign key the
 * signature cannot be checked here, so the bytes are what is known to disagree.
 */
export function compareDigests(
  answer: Pick<VerifyAnswer, "status" | "signedHere" | "claimedDigest" | "computedDigest">,
): DigestComparison {
  const { claimedDigest: claimed, computedDigest: computed } = answer;
  if (claimed === null || claimed === computed) return { claimed, computed, differing: null, note: null };
  if (answer.signedHere || answer.status === "unknown-key") {
    return {
      claimed,
      computed,
      differing: "computed",
      note: "The file's bytes no longer hash to the digest in its signature.",
    };
  }
  return {
    claimed,
    computed,
    differing: "claimed",
    note: "The digest written in the file is not the one its signature covers.",
  };
}
