/** A data key is 32 bytes (XChaCha20-Poly1305). Its own file: checking a key must not load the cipher. */
export const KEY_BYTES = 32;
