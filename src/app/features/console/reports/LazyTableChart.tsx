import { lazy, Suspense } from 'react';
import type { ChartProps } from './charts/chartProps';

// The charts are their own chunk: only a reports screen loads them, never the volunteer's first route.
const TableChart = lazy(() => import('./charts/TableChart').then((m) => ({ default: m.TableChart })));

/** The chart of a report table, loaded on first use; nothing shows while it loads (the table is the truth). */
export function LazyTableChart(props: ChartProps) {
  return (
    <Suspense fallback={null}>
      <TableChart {...props} />
    </Suspense>
  );
}
