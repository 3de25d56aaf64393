const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const VALUES = new Map([...ALPHABET].map((char, index) => [char, index]));

/**
 * Decodes base64 (a PNG data URL's payload) without Node's Buffer or the DOM's atob, so the
 * same code runs in the desktop and the web extension. Returns undefined on bad input.
 */
export function decodeBase64(text: string): Uint8Array | undefined {
  const clean = text.replace(/\s+/g, '').replace(/=+$/, '');
  if (clean.length % 4 === 1) return undefined;
  const out = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let buffer = 0;
  let bits = 0;
  let index = 0;
  for (const char of clean) {
    const value = VALUES.get(char);
    if (value === undefined) return undefined;
    buffer = (buffer << 6) | value;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[index++] = (buffer >> bits) & 0xff;
    }
  }
  return out;
}

/** The bytes of a `data:<mime>;base64,…` URL of the expected type. */
export function dataUrlBytes(url: string, mime: string): Uint8Array | undefined {
  const prefix = `data:${mime};base64,`;
  return url.startsWith(prefix) ? decodeBase64(url.slice(prefix.length)) : undefined;
}
