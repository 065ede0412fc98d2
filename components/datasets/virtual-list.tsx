"use client";
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import styles from "./virtual-list.module.css";

interface VirtualListProps<T> {
  items: readonly T[];
  itemKey: (item: T) => string;
  /** A first guess of a row's height in pixels; every rendered row is then measured. */
  estimateHeight: number;
  /** The scrolling viewport's height in pixels. */
  height: number;
  /** Pixels rendered beyond each edge of the viewport, so that fast scrolling shows no gap. */
  overscan?: number;
  renderItem: (item: T, index: number) => ReactNode;
  /** Called when the rendered rows come within `endThreshold` rows of the last item: load the next page. */
  onEndReached?: () => void;
  endThreshold?: number;
  /** Above the rows, outside the scrolling area (column headings). */
  header?: ReactNode;
  /** After the last row, inside the scrolling area (loading more, or the end). */
  footer?: ReactNode;
  label: string;
  /** The number of items in the whole list, of which `items` are those loaded so far. */
  setSize?: number;
  /** A change scrolls back to the top (a new search). */
  resetKey?: string;
  /** Dimmed while the items are being replaced. */
  busy?: boolean;
}

/** Index of the last offset at or below `value` (offsets ascending). */
function indexAt(offsets: Float64Array, value: number): number {
  let low = 0;
  let high = offsets.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (offsets[middle] <= value) low = middle;
    else high = middle - 1;
  }
  return low;
}

/**
 * A windowed list: only the rows in and near the viewport are in the DOM, whatever the number of
 * items. Rows may differ in height: each rendered row is measured (ResizeObserver) and remembered by
 * key; unmeasured rows count as `estimateHeight`. When a row above the viewport turns out taller or
 * shorter than guessed, the scroll position moves by the difference, so that what is on screen stays put.
 */
export function VirtualList<T>({
  items,
  itemKey,
  estimateHeight,
  height,
  overscan = 400,
  renderItem,
  onEndReached,
  endThreshold = 20,
  header,
  footer,
  label,
  setSize,
  resetKey,
  busy = false,
}: VirtualListProps<T>) {
  const scroller = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const heights = useRef(new Map<string, number>());
  // What the rows measured, as of the last measurement: the ResizeObserver updates the ref, renders read this copy.
  const [measuredHeights, setMeasuredHeights] = useState<ReadonlyMap<string, number>>(() => new Map());
  const observer = useRef<ResizeObserver | null>(null);
  // The latest layout, read by the ResizeObserver callback between renders.
  const layout = useRef<{ offsets: Float64Array; indexOf: Map<string, number> }>({
    offsets: new Float64Array(1),
    indexOf: new Map(),
  });

  const keys = useMemo(() => items.map(itemKey), [items, itemKey]);
  const offsets = useMemo(() => {
    const result = new Float64Array(keys.length + 1);
    keys.forEach((key, index) => {
      result[index + 1] = result[index] + (measuredHeights.get(key) ?? estimateHeight);
    });
    return result;
  }, [keys, estimateHeight, measuredHeights]);

  useEffect(() => {
    layout.current = { offsets, indexOf: new Map(keys.map((key, index) => [key, index])) };
  }, [offsets, keys]);

  const measure = useCallback(
    (element: HTMLDivElement | null) => {
      if (!element) return;
      observer.current ??= new ResizeObserver((entries) => {
        let shiftAbove = 0;
        let changed = false;
        const top = scroller.current?.scrollTop ?? 0;
        for (const entry of entries) {
          const target = entry.target as HTMLElement;
          const key = target.dataset.key;
          if (key === undefined || !target.isConnected) continue;
          // Older browsers leave borderBoxSize out.
          const boxes = entry.borderBoxSize as readonly ResizeObserverSize[] | undefined;
          const size = boxes?.[0]?.blockSize ?? target.offsetHeight;
          const previous = heights.current.get(key) ?? estimateHeight;
          if (Math.abs(previous - size) < 0.5 && heights.current.has(key)) continue;
          heights.current.set(key, size);
          changed = true;
          const index = layout.current.indexOf.get(key);
          if (index !== undefined && layout.current.offsets[index + 1] <= top) shiftAbove += size - previous;
        }
        if (!changed) return;
        if (shiftAbove !== 0 && scroller.current) scroller.current.scrollTop += shiftAbove;
        setMeasuredHeights(new Map(heights.current));
      });
      const resizeObserver = observer.current;
      resizeObserver.observe(element);
      return () => resizeObserver.unobserve(element);
    },
    [estimateHeight],
  );

  useEffect(() => () => observer.current?.disconnect(), []);

  // A new resetKey starts at the top: the state now, the scroller's DOM position after the render.
  const [scrolledFor, setScrolledFor] = useState(resetKey);
  if (scrolledFor !== resetKey) {
    setScrolledFor(resetKey);
    setScrollTop(0);
  }
  useEffect(() => {
    if (scroller.current) scroller.current.scrollTop = 0;
  }, [resetKey]);

  const total = offsets[keys.length];
  const first = keys.length === 0 ? 0 : Math.min(keys.length - 1, indexAt(offsets, Math.max(0, scrollTop - overscan)));
  const last = keys.length === 0 ? -1 : Math.min(keys.length - 1, indexAt(offsets, scrollTop + height + overscan));

  useEffect(() => {
    if (onEndReached && keys.length > 0 && last >= keys.length - 1 - endThreshold) onEndReached();
  }, [last, keys.length, endThreshold, onEndReached]);

  const rows: ReactNode[] = [];
  for (let index = first; index <= last; index += 1) {
    const key = keys[index];
    rows.push(
      <div
        key={key}
        ref={measure}
        data-key={key}
        role="listitem"
        aria-posinset={index + 1}
        aria-setsize={setSize ?? keys.length}
        className={styles.row}
        style={{ transform: `translateY(${offsets[index]}px)` }}
      >
        {renderItem(items[index], index)}
      </div>,
    );
  }

  return (
    <div className={styles.frame} data-busy={busy || undefined}>
      {header && <div className={styles.header}>{header}</div>}
      <div
        ref={scroller}
        className={styles.scroller}
        style={{ height }}
        onScroll={(event) => setScrollTop(event.currentTarget.scrollTop)}
        tabIndex={0}
        role="region"
        aria-label={label}
      >
        <div role="list" aria-label={label} className={styles.list} style={{ height: total }}>
          {rows}
        </div>
        {footer}
      </div>
    </div>
  );
}
