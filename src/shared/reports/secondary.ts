// Secondary suppression: which published numbers to hide next so that the hidden small ones stay hidden.
// The choice is a cost, not only the smallest count: hiding a number that is the only hidden member of
// another sum forces one more hide there, and the headline totals are what donors read first.
import type { DisclosureModel } from './disclosureModel';
import { isGrandTotal } from './reportTable';

/** No sum may have exactly one hidden member: it would be its total minus the published rest. */
export function hideSingletons(model: DisclosureModel, hidden: Set<string>): void {
  for (let changed = true; changed;) {
    changed = false;
    for (const { total, parts } of model.equations) {
      const members = [total, ...parts];
      if (members.filter((key) => hidden.has(key)).length !== 1) continue;
      const extra = cheapest(model, hidden, members);
      if (extra === undefined) continue; // only with contradictory counts: one non-zero among zeros
      hidden.add(extra);
      changed = true;
    }
  }
}

/** The cheapest published quantity whose hiding puts `key` back in play. */
export function cheapestCover(model: DisclosureModel, hidden: ReadonlySet<string>, key: string): string {
  const near = (model.equationsOf.get(key) ?? []).flatMap(({ total, parts }) => [total, ...parts]);
  const far = model.equations
    .filter(({ total, parts }) => [total, ...parts].some((member) => hidden.has(member)))
    .flatMap(({ total, parts }) => [total, ...parts]);
  const extra = cheapest(model, hidden, near) ?? cheapest(model, hidden, far);
  // Unreachable: with every non-zero quantity hidden nothing can be pinned, so there is always one left.
  if (extra === undefined) throw new Error(`disclosure_unprotectable: nothing left to hide around ${key}`);
  return extra;
}

/**
 * The published non-zero member whose hiding costs least: never a whole-universe total (the headline
 * number) while anything else will do, then the fewest sums it would leave with a single hidden member
 * (each costs one more hide), then the smallest count, then the name so that runs repeat.
 */
function cheapest(model: DisclosureModel, hidden: ReadonlySet<string>, members: readonly string[]): string | undefined {
  let best: { key: string; cost: number[] } | undefined;
  for (const key of new Set(members)) {
    const value = model.values.get(key) ?? 0;
    if (hidden.has(key) || value === 0) continue;
    const cascades = (model.equationsOf.get(key) ?? []).filter(({ total, parts }) =>
      [total, ...parts].every((member) => !hidden.has(member)),
    ).length;
    const cost = [isGrandTotal(key) ? 1 : 0, cascades, value];
    const order = compareCosts(cost, best?.cost);
    if (order < 0 || (order === 0 && best !== undefined && key < best.key)) best = { key, cost };
  }
  return best?.key;
}

/** Lexicographic; anything beats nothing. */
function compareCosts(a: number[], b: number[] | undefined): number {
  if (!b) return -1;
  const i = a.findIndex((x, n) => x !== b[n]);
  return i < 0 ? 0 : (a[i] as number) - (b[i] as number);
}
