import type { HTMLAttributes, ReactNode, TdHTMLAttributes } from "react";
import styles from "./data-table.module.css";

/** A column's heading, as `TableFrame` and `DataTable` write it. */
interface ColumnHeading {
  /** The header cell's content. */
  header: ReactNode;
  /** Read by screen readers only, for a column whose cells explain themselves (actions, a bar). */
  hideHeader?: boolean;
  /** Right-aligned, tabular figures, in the header and every cell. */
  numeric?: boolean;
  headerClassName?: string;
}

/** One column of a `DataTable`: its heading and how a row fills its cell. */
export interface DataColumn<T> extends ColumnHeading {
  cell: (row: T) => ReactNode;
  /** The cells' class, after the numeric one. */
  className?: string;
  /** Further attributes of a row's cell (a title, a test id, a class that depends on the row). */
  cellProps?: (row: T) => TdHTMLAttributes<HTMLTableCellElement> & { [data: `data-${string}`]: unknown };
  /** The cell heads its row: `<th scope="row">` instead of `<td>`. */
  rowHeader?: boolean;
}

type RowAttributes = HTMLAttributes<HTMLTableRowElement> & { [data: `data-${string}`]: unknown };

function classes(...names: (string | false | undefined)[]): string | undefined {
  const joined = names.filter(Boolean).join(" ");
  return joined === "" ? undefined : joined;
}

function HeadingCell({ column }: { column: ColumnHeading }) {
  return (
    <th scope="col" className={classes(column.numeric && styles.num, column.headerClassName)}>
      {column.hideHeader ? <span className="visually-hidden">{column.header}</span> : column.header}
    </th>
  );
}

interface TableFrameProps {
  /** The columns' headings, left to right. */
  columns: readonly ColumnHeading[];
  /** The rows, for a table that writes its own (rows that expand, rows of their own state). */
  children: ReactNode;
  /** The table's own column widths and cells, beside the shared look. */
  className?: string;
  testId?: string;
}

/** A table in the dashboard's look that scrolls sideways when the window is narrower than it. */
export function TableFrame({ columns, children, className, testId }: TableFrameProps) {
  return (
    <div className={styles.scroller}>
      <table className={classes(styles.table, className)} data-testid={testId}>
        <thead>
          <tr>
            {columns.map((column, index) => (
              <HeadingCell key={index} column={column} />
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}

/** A row with an `id`, or else a `key`, is keyed by it unless told otherwise; other rows need a `rowKey`. */
type RowKeyProps<T> = T extends { id: string } | { key: string }
  ? { rowKey?: (row: T) => string }
  : { rowKey: (row: T) => string };

type DataTableProps<T> = RowKeyProps<T> & {
  columns: readonly DataColumn<T>[];
  rows: readonly T[];
  /** Attributes of a row's `<tr>` (a class, data attributes). */
  rowProps?: (row: T) => RowAttributes;
  className?: string;
  testId?: string;
};

const idOf = (row: unknown) => {
  const { id, key } = row as { id?: string; key?: string };
  return id ?? key ?? "";
};

/** A table of `rows`, one cell per column as the column's `cell` writes it. */
export function DataTable<T>({ columns, rows, rowKey = idOf, rowProps, className, testId }: DataTableProps<T>) {
  return (
    <TableFrame columns={columns} className={className} testId={testId}>
      {rows.map((row) => (
        <tr key={rowKey(row)} {...rowProps?.(row)}>
          {columns.map((column, index) => {
            const { className: rowClass, ...props } = column.cellProps?.(row) ?? {};
            const className = classes(column.numeric && styles.num, column.className, rowClass);
            return column.rowHeader ? (
              <th key={index} scope="row" className={className} {...props}>
                {column.cell(row)}
              </th>
            ) : (
              <td key={index} className={className} {...props}>
                {column.cell(row)}
              </td>
            );
          })}
        </tr>
      ))}
    </TableFrame>
  );
}
