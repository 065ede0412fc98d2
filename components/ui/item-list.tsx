import type { ReactNode } from "react";
import list from "./item-list.module.css";

interface ItemListProps<T extends { id: string }> {
  items: readonly T[];
  /** Said instead of the list when there are no items; nothing is shown without it. */
  empty?: ReactNode;
  /** An item's name and the line under it. */
  main: (item: T) => ReactNode;
  /** What stands at an item's right: badges, a count. */
  meta?: (item: T) => ReactNode;
  /** A last `<li>` after the items, e.g. how many more there are. */
  footer?: ReactNode;
  testId?: string;
}

/** A card's list of related items, one a row, or a quiet line when there are none. */
export function ItemList<T extends { id: string }>({ items, empty, main, meta, footer, testId }: ItemListProps<T>) {
  if (items.length === 0) return empty === undefined ? null : <p className={list.empty}>{empty}</p>;
  return (
    <ul className={list.list} data-testid={testId}>
      {items.map((item) => (
        <li key={item.id} className={list.item}>
          <div className={list.main}>{main(item)}</div>
          {meta && <div className={list.meta}>{meta(item)}</div>}
        </li>
      ))}
      {footer}
    </ul>
  );
}
