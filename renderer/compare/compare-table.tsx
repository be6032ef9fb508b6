import type { ReactNode } from 'react';

/** One column of a comparison: the key React tracks it by and what its head shows. */
export interface CompareColumn {
  key: string;
  head: ReactNode;
}

/**
 * The side-by-side table both comparisons draw (instruments, states): scrolling sideways on a narrow window, a
 * caption for screen readers, an empty corner over the row heads, one head per column, then the view's own bodies.
 */
export function CompareTable({
  className,
  caption,
  columns,
  children,
}: {
  className: string;
  caption: string;
  columns: readonly CompareColumn[];
  children: ReactNode;
}) {
  return (
    <div className="compare-scroll">
      <table className={className}>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <td />
            {columns.map((column) => (
              <th key={column.key} scope="col">
                {column.head}
              </th>
            ))}
          </tr>
        </thead>
        {children}
      </table>
    </div>
  );
}
