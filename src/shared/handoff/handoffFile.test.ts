import { describe, expect, it } from 'vitest';
import { uuidv7 } from '../ids';
import { fromBase64, toBase64 } from './bytes';
import { generateNetworkKey, passphraseSealer, serverKeySealer } from './crypto';
import { HandoffError, type HandoffErrorCode } from './errors';
import { MAX_HANDOFF_BYTES, PBKDF2_MIN_ITERATIONS, handoffFileName, type HandoffEnvelope } from './format';
import { createHandoffFile, openHandoffFile, readHandoffEnvelope } from './handoffFile';
import { samplePlaintext } from './testing';

const ids = { centreId: uuidv7(), deviceId: uuidv7(), volunteerId: uuidv7(), actorId: uuidv7() };
const source = { sourceDeviceId: ids.deviceId, centreId: ids.centreId, createdAt: new Date('2026-11-21T09:00:00Z') };
const plaintext = samplePlaintext(3, ids);
const passphrase = 'correct horse battery';

async function passphraseFile(): Promise<string> {
  return createHandoffFile(plaintext, source, await passphraseSealer(passphrase, PBKDF2_MIN_ITERATIONS));
}

async function expectCode(promise: Promise<unknown>, code: HandoffErrorCode): Promise<void> {
  const error: unknown = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(HandoffError);
  expect((error as HandoffError).code).toBe(code);
}

function edit(text: string, change: (e: HandoffEnvelope) => unknown): string {
  return JSON.stringify(change(JSON.parse(text) as HandoffEnvelope));
}

describe('hand-off file with a passphrase', () => {
  it('round-trips the mutations exactly as push would send them, and says who made it', async () => {
    const text = await passphraseFile();
    const { envelope, plaintext: opened } = await openHandoffFile(text, { passphrase });
    expect(opened).toEqual(plaintext);
    expect(opened.mutations.map((m) => m.mutationId)).toEqual(plaintext.mutations.map((m) => m.mutationId));
    expect(opened.mutations[0]?.actorId).toBe(ids.actorId);
    expect(envelope).toMatchObject({ format: 'ura-handoff', version: 1, count: 3, sourceDeviceId: ids.deviceId, centreId: ids.centreId });
    expect(envelope.encryption).toMatchObject({ scheme: 'pbkdf2-sha256-aes-256-gcm', iterations: PBKDF2_MIN_ITERATIONS });
    // Nothing readable outside the ciphertext.
    expect(text).not.toContain(plaintext.mutations[0]?.recordId);
    expect(text).not.toContain('female');
  });

  it('tells a wrong or missing passphrase clearly', async () => {
    const text = await passphraseFile();
    await expectCode(openHandoffFile(text, { passphrase: 'not the passphrase' }), 'HANDOFF_WRONG_PASSPHRASE');
    await expectCode(openHandoffFile(text, {}), 'HANDOFF_PASSPHRASE_REQUIRED');
  });

  it('refuses a changed ciphertext and a changed header (centre, count)', async () => {
    const text = await passphraseFile();
    const flipped = edit(text, (e) => {
      const bytes = fromBase64(e.ciphertext);
      bytes[5] = (bytes[5] ?? 0) ^ 1;
      return { ...e, ciphertext: toBase64(bytes) };
    });
    await expectCode(openHandoffFile(flipped, { passphrase }), 'HANDOFF_TAMPERED');
    await expectCode(openHandoffFile(edit(text, (e) => ({ ...e, centreId: uuidv7() })), { passphrase }), 'HANDOFF_TAMPERED');
    await expectCode(openHandoffFile(edit(text, (e) => ({ ...e, count: 2 })), { passphrase }), 'HANDOFF_TAMPERED');
  });

  it('refuses another format, another version, a weak iteration count, junk and an oversized file', async () => {
    const text = await passphraseFile();
    expect(() => readHandoffEnvelope(edit(text, (e) => ({ ...e, format: 'other' })))).toThrow(expect.objectContaining({ code: 'HANDOFF_MALFORMED' }));
    expect(() => readHandoffEnvelope(edit(text, (e) => ({ ...e, version: 2 })))).toThrow(expect.objectContaining({ code: 'HANDOFF_UNSUPPORTED' }));
    const weak = edit(text, (e) => ({ ...e, encryption: { ...e.encryption, iterations: 1000 } }));
    expect(() => readHandoffEnvelope(weak)).toThrow(expect.objectContaining({ code: 'HANDOFF_MALFORMED' }));
    expect(() => readHandoffEnvelope('{not json')).toThrow(expect.objectContaining({ code: 'HANDOFF_MALFORMED' }));
    expect(() => readHandoffEnvelope(edit(text, (e) => ({ ...e, extra: 1 })))).toThrow(expect.objectContaining({ code: 'HANDOFF_MALFORMED' }));
    expect(() => readHandoffEnvelope(' '.repeat(MAX_HANDOFF_BYTES + 1))).toThrow(expect.objectContaining({ code: 'HANDOFF_TOO_LARGE' }));
  });

  it('names the file after the centre and the day', () => {
    expect(handoffFileName('Qendra Shkodër', new Date('2026-11-21T22:00:00Z'))).toBe('ura-handoff-qendra-shkoder-2026-11-21.ura.json');
    expect(handoffFileName('Центар', new Date('2026-11-21T08:00:00Z'))).toBe('ura-handoff-centre-2026-11-21.ura.json');
  });
});

describe('hand-off file for the server only', () => {
  it('opens with the network key and with nothing else', async () => {
    const network = await generateNetworkKey();
    const other = await generateNetworkKey();
    const text = await createHandoffFile(plaintext, source, await serverKeySealer(network.key.publicKey));
    const { plaintext: opened, envelope } = await openHandoffFile(text, { networkKey: network.key });
    expect(opened).toEqual(plaintext);
    expect(envelope.encryption).toMatchObject({ scheme: 'ecdh-p256-hkdf-sha256-aes-256-gcm', keyId: network.key.keyId });
    await expectCode(openHandoffFile(text, { networkKey: other.key }), 'HANDOFF_WRONG_KEY');
    await expectCode(openHandoffFile(text, { passphrase }), 'HANDOFF_WRONG_KEY');
    const flipped = edit(text, (e) => ({ ...e, sourceDeviceId: uuidv7() }));
    await expectCode(openHandoffFile(flipped, { networkKey: network.key }), 'HANDOFF_TAMPERED');
  });
});
