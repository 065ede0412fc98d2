"use client";
import { keepPreviousData, useQuery, useQueryClient } from "@tanstack/react-query";
import { Search, X } from "lucide-react";
import { usePathname, useRouter } from "next/navigation";
import {
  useEffect,
  useEffectEvent,
  useId,
  useRef,
  useState,
  useSyncExternalStore,
  type KeyboardEvent,
  type MouseEvent,
} from "react";
import { Spinner } from "@/components/ui/spinner";
import { useDebouncedValue } from "@/components/ui/use-debounced-value";
import type { Scope } from "@/lib/auth/roles";
import { apiFetch } from "@/lib/http/problem-client";
import { searchKeys } from "@/lib/search/search-keys";
import type { SearchResults } from "@/lib/search/search.types";
import { MatchedText } from "./matched-text";
import { paletteGroups, type PaletteOption } from "./palette-groups";
import styles from "./command-palette.module.css";

/** Results of each kind the palette shows. */
const LIMIT = 5;
const DEBOUNCE_MS = 150;

function fetchResults(q: string, signal?: AbortSignal): Promise<SearchResults> {
  return apiFetch<SearchResults>(`/api/v1/search?${new URLSearchParams({ q, limit: String(LIMIT) })}`, { signal });
}

const subscribeNothing = () => () => {};
const onApple = () => /Mac|iPhone|iPad/.test(navigator.userAgent);

/**
 * The command palette: Ctrl-K (Cmd-K on a Mac) or the top bar's search button opens a modal dialog
 * whose combobox searches models, datasets, runs, traits and reports (GET /api/v1/search) and lists the
 * pages and actions the actor may use. Arrow keys move, Enter opens, Escape closes and gives the focus
 * back to where it was.
 */
export function CommandPalette({ scopes }: { scopes: readonly Scope[] }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const returnFocus = useRef<HTMLElement | null>(null);
  const router = useRouter();
  const pathname = usePathname();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [text, setText] = useState("");
  const [active, setActive] = useState(0);
  const q = useDebouncedValue(text.trim(), DEBOUNCE_MS);
  const apple = useSyncExternalStore(subscribeNothing, onApple, () => false);
  const id = useId();
  const listId = `${id}-results`;

  const results = useQuery({
    queryKey: searchKeys.results(q, LIMIT),
    queryFn: ({ signal }) => fetchResults(q, signal),
    enabled: open && q !== "",
    placeholderData: keepPreviousData,
  });
  const typed = text.trim();
  const groups = paletteGroups(text, scopes, typed === "" ? undefined : results.data);
  const options = groups.flatMap((group) => group.options);
  const current = Math.min(active, options.length - 1);
  const activeId = current >= 0 ? `${listId}-${current}` : undefined;

  function show() {
    const dialogElement = dialog.current;
    if (!dialogElement || dialogElement.open) return;
    returnFocus.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setText("");
    setActive(0);
    setOpen(true);
    dialogElement.showModal();
    input.current?.focus();
  }

  const toggleFromShortcut = useEffectEvent((event: globalThis.KeyboardEvent) => {
    if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey || event.key.toLowerCase() !== "k") return;
    event.preventDefault();
    if (dialog.current?.open) dialog.current.close();
    else show();
  });
  useEffect(() => {
    document.addEventListener("keydown", toggleFromShortcut);
    return () => document.removeEventListener("keydown", toggleFromShortcut);
  }, []);

  // Another page (the browser's Back, a link) closes it.
  useEffect(() => {
    dialog.current?.close();
  }, [pathname]);

  useEffect(() => {
    if (open && activeId) document.getElementById(activeId)?.scrollIntoView({ block: "nearest" });
  }, [open, activeId]);

  function go(option: PaletteOption | undefined, event?: MouseEvent) {
    if (!option) return;
    if (event && (event.ctrlKey || event.metaKey)) {
      window.open(option.href, "_blank", "noopener");
      return;
    }
    dialog.current?.close();
    router.push(option.href);
  }

  /** Enter before the results of the text typed have come: wait for them, then open the first. */
  async function openFirstWhenFound(searched: string) {
    try {
      const data = await queryClient.query({
        queryKey: searchKeys.results(searched, LIMIT),
        queryFn: ({ signal }) => fetchResults(searched, signal),
      });
      if (!dialog.current?.open || input.current?.value.trim() !== searched) return;
      go(paletteGroups(searched, scopes, data).flatMap((group) => group.options)[0]);
    } catch {
      // The list's own query reports the failure in the status line.
    }
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      if (options.length === 0) return;
      const step = event.key === "ArrowDown" ? 1 : -1;
      setActive((current + step + options.length) % options.length);
    } else if (event.key === "Enter" && !event.nativeEvent.isComposing) {
      event.preventDefault();
      if (typed === "" || results.data?.q === typed) go(options[current], undefined);
      else void openFirstWhenFound(typed);
    }
  }

  const searching = typed !== "" && results.data?.q !== typed && (results.isFetching || typed !== q);
  const status =
    typed === ""
      ? "Type a name, an id or the beginning of a SHA-256."
      : results.isError
        ? `Could not search: ${results.error.message}`
        : searching
          ? "Searching…"
          : options.length === 0
            ? `Nothing matches “${typed}”.`
            : `${options.length} ${options.length === 1 ? "result" : "results"}`;

  // Each group's first option's position in `options`, which the active index counts in.
  const starts = groups.map((_, at) => groups.slice(0, at).reduce((sum, group) => sum + group.options.length, 0));
  return (
    <>
      <button
        type="button"
        className={styles.trigger}
        aria-label="Search"
        aria-haspopup="dialog"
        aria-keyshortcuts="Control+K Meta+K"
        title={`Search (${apple ? "⌘K" : "Ctrl+K"})`}
        onClick={show}
      >
        <Search size={15} aria-hidden="true" />
        <span className={styles.triggerText} aria-hidden="true">
          Search…
        </span>
        <kbd className={styles.triggerKey} aria-hidden="true">
          {apple ? "⌘K" : "Ctrl K"}
        </kbd>
      </button>
      <dialog
        ref={dialog}
        className={styles.dialog}
        aria-label="Search"
        onClose={() => {
          setOpen(false);
          if (returnFocus.current?.isConnected) returnFocus.current.focus();
          returnFocus.current = null;
        }}
        // A click on the backdrop lands on the dialog element itself, outside its panel.
        onClick={(event) => {
          if (event.target === event.currentTarget) event.currentTarget.close();
        }}
      >
        <div className={styles.panel}>
          <div className={styles.field}>
            <Search size={17} className={styles.fieldIcon} aria-hidden="true" />
            <input
              ref={input}
              className={styles.input}
              role="combobox"
              aria-label="Search models, datasets, runs, traits and reports"
              aria-expanded={options.length > 0}
              aria-controls={listId}
              aria-autocomplete="list"
              aria-activedescendant={activeId}
              placeholder="Search models, datasets, runs, traits, reports…"
              value={text}
              onChange={(event) => {
                setText(event.target.value);
                setActive(0);
              }}
              onKeyDown={onKeyDown}
              autoComplete="off"
              autoCorrect="off"
              spellCheck={false}
              enterKeyHint="go"
            />
            {results.isFetching && <Spinner size={15} />}
            <button
              type="button"
              className={styles.close}
              aria-label="Close search"
              onClick={() => dialog.current?.close()}
            >
              <X size={17} aria-hidden="true" />
            </button>
          </div>
          <div role="listbox" id={listId} aria-label="Results" className={styles.list}>
            {groups.map((group, at) => (
              <div key={group.key} role="group" aria-labelledby={`${listId}-${group.key}`} className={styles.group}>
                <div id={`${listId}-${group.key}`} role="presentation" className={styles.groupLabel}>
                  {group.label}
                </div>
                {group.options.map((option, position) => {
                  const optionIndex = starts[at] + position;
                  const Icon = option.icon;
                  return (
                    <div
                      key={`${option.href}-${optionIndex}`}
                      id={`${listId}-${optionIndex}`}
                      role="option"
                      aria-selected={optionIndex === current}
                      className={styles.option}
                      onPointerMove={() => {
                        if (optionIndex !== current) setActive(optionIndex);
                      }}
                      // Keeps the focus in the input, where the keys work.
                      onMouseDown={(event) => event.preventDefault()}
                      onClick={(event) => go(option, event)}
                    >
                      <Icon size={16} className={styles.optionIcon} aria-hidden="true" />
                      <span className={styles.optionText}>
                        <span className={styles.optionLabel}>
                          <MatchedText text={option.label} q={typed} />
                        </span>
                        {option.secondary && (
                          <span className={styles.optionSecondary}>
                            <MatchedText text={option.secondary} q={typed} />
                          </span>
                        )}
                      </span>
                    </div>
                  );
                })}
              </div>
            ))}
          </div>
          <div className={styles.footer}>
            <span role="status" className={styles.status}>
              {status}
            </span>
            <span className={styles.keys} aria-hidden="true">
              <kbd>↑</kbd>
              <kbd>↓</kbd> to move <kbd>Enter</kbd> to open <kbd>Esc</kbd> to close
            </span>
          </div>
        </div>
      </dialog>
    </>
  );
}
