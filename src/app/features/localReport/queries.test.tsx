// @vitest-environment jsdom
import { cleanup, renderHook, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { aSession } from '../../../test/fixtures';
import { freshDb } from '../../../test/freshDb';
import type { AppDb } from '../../db/AppDb';
import { deleteSession } from '../../db/sessionDeletes';
import { createSession } from '../../db/sessions';
import { useLocalComparison, useLocalReport } from './queries';

const CENTRE = '01900000-0000-7000-8000-000000000001';
const WEEK = '2026-W47'; // Monday 16 to Sunday 22 November 2026
const at = (day: string) => `${day}T10:15:00+01:00`;

let db: AppDb;
beforeEach(() => {
  db = freshDb();
});
afterEach(() => {
  cleanup();
});

describe('the live tablet report', () => {
  it('rebuilds the missing day rows on first view, then follows saves and deletes through them', async () => {
    const first = aSession({ occurredAt: at('2026-11-16') });
    await createSession(first);
    await createSession(aSession({ occurredAt: at('2026-11-18') }));
    await createSession(aSession({ occurredAt: at('2026-11-10') })); // the week before
    expect(await db.dayCounts.count()).toBe(0); // as after the upgrade: nothing counted yet

    const { result } = renderHook(() => {
      const data = useLocalReport(CENTRE, 'AL', WEEK);
      return { data, comparison: useLocalComparison(CENTRE, data?.report) };
    });
    await waitFor(() => expect(result.current.data?.report.totals.sessions).toBe(2));
    await waitFor(() => expect(result.current.comparison?.sessions).toMatchObject({ current: 2, previous: 1 }));
    expect(await db.dayCounts.count()).toBe(14); // this week's and last week's days, stored for next time

    await createSession(aSession({ occurredAt: at('2026-11-20') }));
    await waitFor(() => expect(result.current.data?.report.totals.sessions).toBe(3));
    await deleteSession(first.id);
    await waitFor(() => expect(result.current.data?.report.totals.sessions).toBe(2));
    expect(await db.dayCounts.get([CENTRE, '2026-11-16'])).toMatchObject({ sessions: 0 });
  });
});
