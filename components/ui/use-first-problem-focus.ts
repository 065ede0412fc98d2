"use client";
import { useCallback, useEffect, useRef, useState } from "react";

/**
 * After a refused submit, takes the eye (and the focus) to the form's first problem: the first element
 * matching the first of `selectors` that matches anything. `showProblem` is called on each refusal, so
 * that a second refusal with the same problems moves there again.
 */
export function useFirstProblemFocus(selectors: readonly string[] = ['[aria-invalid="true"]']) {
  const formRef = useRef<HTMLFormElement>(null);
  const [attempt, setAttempt] = useState(0);
  const selectorList = selectors.join("\n");
  useEffect(() => {
    if (attempt === 0) return;
    const form = formRef.current;
    const target = selectorList
      .split("\n")
      .map((selector) => form?.querySelector<HTMLElement>(selector))
      .find((element) => element);
    target?.focus();
    target?.scrollIntoView({ block: "center", behavior: "smooth" });
  }, [attempt, selectorList]);
  const showProblem = useCallback(() => setAttempt((n) => n + 1), []);
  return { formRef, showProblem };
}
