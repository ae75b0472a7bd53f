import { describe, expect, it } from 'vitest';
import { openJson, sealWith } from './sealCipher';
import { sealAhead, takeSealedAhead } from './sealAhead';

const key = new Uint8Array(32).fill(7);
const seal = sealWith(key);

describe('sealing ahead', () => {
  it('hands out what was sealed for exactly this value once, and it opens to the value', () => {
    const groups = ['roma_egyptian', 'rural'];
    sealAhead(groups, seal);
    const sealed = takeSealedAhead(groups, seal);
    expect(sealed && openJson(key, sealed)).toEqual(['roma_egyptian', 'rural']);
    expect(takeSealedAhead(groups, seal)).toBeUndefined(); // a nonce is never stored twice
    expect(takeSealedAhead(['roma_egyptian', 'rural'], seal)).toBeUndefined(); // an equal value is another value
  });

  it('hands out nothing for another key or a value changed since', () => {
    const changed = ['disability'];
    sealAhead(changed, seal);
    changed.push('rural');
    expect(takeSealedAhead(changed, seal)).toBeUndefined();
    const other = ['disability'];
    sealAhead(other, seal);
    expect(takeSealedAhead(other, sealWith(new Uint8Array(32).fill(8)))).toBeUndefined();
  });

  it('leaves values that are not objects alone', () => {
    sealAhead(undefined, seal);
    sealAhead('rural', seal);
    expect(takeSealedAhead('rural', seal)).toBeUndefined();
  });
});
