// npm run demo: its own database, a demo network and sessions devices can pull, two accounts with random
// passwords shown once, later starts topping up the days since, and refusal of a database with real centres.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { countSessions as countDemoSessions, demoNetwork, isDemoName } from '../../shared/demo';
import { uuidv7 } from '../../shared/ids';
import { centreScope } from '../../shared/sync/protocol';
import { verifyPassword } from '../auth/passwords';
import { aSession } from '../../test/fixtures';
import { openStore } from '../store';
import { openDatabase } from '../store/database';
import { createKyselyStore } from '../store/kyselyStore';
import { TEST_CENTRE } from '../testing/testDevice';
import { demoBox } from './demoAccounts';
import { DEMO_SEED, DemoRefused, prepareDemo } from './loadDemo';
import { NO_PASSWORD } from './networkInsert';
import { importSessions } from './sessionImport';

const dir = mkdtempSync(join(tmpdir(), 'ura-demo-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const quiet = { print: () => undefined, days: 4, scale: 0.3 };

describe('the demo database', () => {
  const path = join(dir, 'demo.sqlite');
  const network = demoNetwork(DEMO_SEED);

  it(
    'is filled with the demo network, sessions ending yesterday and two accounts with new random passwords',
    { timeout: 60_000 },
    async () => {
      const printed: string[] = [];
      const first = await prepareDemo({
        ...quiet,
        path,
        now: new Date('2026-03-11T08:00:00Z'),
        print: (line) => printed.push(line),
      });
      expect(first.accounts.map((a) => [a.role, a.login])).toEqual([
        ['admin', 'demo.admin'],
        ['coordinator', 'demo.shk.coord'],
      ]);
      expect(printed.join('\n')).toMatch(/Loading [\d,]+ demo sessions \(2026-03-07 – 2026-03-10\)/);
      const store = await openStore({ kind: 'sqlite', path });
      try {
        const centres = await store.listCentres();
        expect(centres).toHaveLength(17);
        expect(centres.every((c) => isDemoName(c.name))).toBe(true);
        expect((await store.countRows()).sessions).toBe(
          countDemoSessions(network, { seed: DEMO_SEED, from: '2026-03-07', to: '2026-03-10', scale: 0.3 }),
        );
        for (const account of first.accounts) {
          expect(account.password).toMatch(/^[A-Z2-9]{4}(-[A-Z2-9]{4}){3}$/);
          const user = await store.users.findByLogin(account.login);
          expect(await verifyPassword(account.password, user!.passwordHash)).toBe(true);
        }
        const others = (await store.users.list()).filter((u) => !first.accounts.some((a) => a.login === u.login));
        expect(others.every((u) => u.passwordHash === NO_PASSWORD)).toBe(true);

        // A tablet of a demo centre pulls that centre's sessions, change_seq 1, 2, 3… with no gap.
        const centre = network.centres[0]!.centre;
        const device = {
          id: uuidv7(),
          centreId: centre.id,
          label: 'New tablet',
          enrolledAt: new Date().toISOString(),
          enrolment: 'code' as const,
          tokenHash: uuidv7(),
        };
        await store.addDevice(device);
        const pulled = await store.pull(
          { ...device, revokedAt: null },
          { deviceId: device.id, cursors: {}, limit: 1000 },
        );
        const sessions = pulled.changes.filter((c) => c.scope === centreScope(centre.id) && c.entity === 'session');
        expect(sessions.length).toBeGreaterThan(0);
        expect(sessions.map((c) => c.changeSeq)).toEqual(sessions.map((_, i) => i + 1));
      } finally {
        await store.close();
      }

      const box = demoBox(first.accounts, 'http://localhost:8080', path);
      expect(box).toContain('http://localhost:8080/console/sign-in');
      expect(box).toContain('http://localhost:8080/enrol#CODE');
      for (const a of first.accounts) expect(box).toContain(a.password);
    },
  );

  it('tops up the days since the last start, and changes the passwords', { timeout: 60_000 }, async () => {
    const before = await prepareDemo({ ...quiet, path, now: new Date('2026-03-11T08:00:00Z') });
    // A session a real tablet logged in the demo on 11 March: the top-up must not take it for its own.
    const open = await openDatabase({ kind: 'sqlite', path });
    const centreId = network.centres[1]!.centre.id;
    const tablet = {
      id: uuidv7(),
      centreId,
      label: 'Real tablet',
      enrolledAt: '2026-03-11T08:00:00Z',
      enrolment: 'code' as const,
      tokenHash: uuidv7(),
    };
    await (await createKyselyStore(open)).addDevice(tablet);
    const logged = aSession({ centreId, deviceId: tablet.id, occurredAt: '2026-03-11T09:00:00+01:00' });
    await importSessions(open.db, open.dialect, [{ session: logged }]);
    await open.db.destroy();
    const after = await prepareDemo({ ...quiet, path, now: new Date('2026-03-13T08:00:00Z') });
    expect(after.accounts[0]!.password).not.toBe(before.accounts[0]!.password);
    const store = await openStore({ kind: 'sqlite', path });
    try {
      expect((await store.countRows()).sessions).toBe(
        countDemoSessions(network, { seed: DEMO_SEED, from: '2026-03-07', to: '2026-03-12', scale: 0.3 }) + 1,
      );
      expect(
        await verifyPassword(before.accounts[0]!.password, (await store.users.findByLogin('demo.admin'))!.passwordHash),
      ).toBe(false);
    } finally {
      await store.close();
    }
  });

  it('refuses a database that holds real centres, and the real database file', async () => {
    const real = join(dir, 'real.sqlite');
    const store = await openStore({ kind: 'sqlite', path: real });
    await store.admin.saveCentre({ ...TEST_CENTRE, id: uuidv7() } as never, new Date().toISOString());
    await store.close();
    await expect(prepareDemo({ ...quiet, path: real, now: new Date() })).rejects.toThrow(DemoRefused);
    await expect(prepareDemo({ ...quiet, path: real, now: new Date() })).rejects.toThrow(
      /not demo centres \(e\.g\. "ADISA Shkodër"\)/,
    );
    await expect(prepareDemo({ ...quiet, path: './data/ura.sqlite', now: new Date() })).rejects.toThrow(DemoRefused);
    const reopened = await openStore({ kind: 'sqlite', path: real });
    expect((await reopened.countRows()).sessions).toBe(0);
    await reopened.close();
  });
});
