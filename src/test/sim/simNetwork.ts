import type { PullResponse } from '../../shared/sync/protocol';
import type { Transport, TransportRequest, TransportResponse } from '../../app/sync/transport';
import type { SimServer } from './simServer';

/**
 * What may happen to one request. drop: never arrives · lost: applied, answer lost · 5xx / 429:
 * refused before anything is applied · dupe: delivered twice · late: held back and delivered after
 * newer requests (the device sees a timeout) · echo: delivered now AND again later · crash: the
 * answer arrives but the tablet dies in the next write that applies it (the app restarts) · 413: a
 * proxy refuses any push of more than one mutation as too large.
 */
export const FAULTS = ['drop', 'lost', '5xx', '429', 'dupe', 'late', 'echo', 'crash', '413'] as const;
export type Fault = (typeof FAULTS)[number] | 'none';

export type NetworkLog = { received: Set<string>; armCrash: () => void };

/** Sits between the devices and the one server; the server can be swapped (restore from backup). */
export class SimNetwork {
  server: SimServer;
  isFaulty = true;
  private late: TransportRequest[] = [];

  constructor(server: SimServer) {
    this.server = server;
  }

  /** A device's transport: each request takes the next planned fault from `faults`. */
  transportFor(faults: Fault[], log: NetworkLog): Transport {
    return async (request) => {
      const fault = this.isFaulty ? (faults.shift() ?? 'none') : 'none';
      const isPush = request.path.endsWith('/push');
      switch (fault) {
        case 'drop':
          throw new Error('sim: request dropped');
        case '5xx':
          return refusal(503, 'SERVICE_UNAVAILABLE');
        case '429':
          return { ...refusal(429, 'RATE_LIMITED'), headers: { 'retry-after': '3' } };
        case 'lost':
          await this.server.inject(request);
          throw new Error('sim: response lost after commit');
        case 'late':
          if (isPush) {
            this.late.push(structuredClone(request));
            throw new Error('sim: request delayed in the network');
          }
          break;
        case 'dupe':
          await this.server.inject(request);
          break;
        case 'echo':
          if (isPush) this.late.push(structuredClone(request));
          break;
        case 'crash':
          log.armCrash();
          break;
        case '413':
          if (isPush && ((request.body as { mutations?: unknown[] }).mutations?.length ?? 0) > 1) return refusal(413, 'BODY_TOO_LARGE');
          break;
        case 'none':
          break;
      }
      return observe(await this.server.inject(request), log);
    };
  }

  /** Delivers every held-back request now (their answers go nowhere), oldest last: reordered. */
  async deliverLate(): Promise<void> {
    const late = this.late.reverse();
    this.late = [];
    for (const request of late) await this.server.inject(request);
  }
}

/** Remembers each (epoch, scope, id, changeSeq) a device was handed, to prove no cursor skipped a row. */
function observe(response: TransportResponse, log: NetworkLog): TransportResponse {
  const page = response.body as Partial<PullResponse> | null;
  if (response.status === 200 && page?.changes && page.resync === false) {
    for (const c of page.changes) log.received.add(receivedKey(page.serverEpoch ?? '', c.scope, c.id, c.changeSeq));
  }
  return response;
}

export function receivedKey(epoch: string, scope: string, id: string, changeSeq: number): string {
  return `${epoch}|${scope}|${id}|${changeSeq}`;
}

function refusal(status: number, code: string): TransportResponse {
  return { status, headers: {}, body: { error: { code, message: `sim: ${code}` } } };
}
