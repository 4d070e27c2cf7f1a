// A link that carries the article itself, deflated, in the URL fragment (#text=...). Browsers never
// send the fragment to a server, so sharing this way sends the text nowhere.

const PREFIX = "text=";
// Browsers cope with URLs of about 2 MB; past that the link is refused, not cut.
export const MAX_LINK_CHARS = 2_000_000;

export async function encodeText(text) {
  const bytes = new TextEncoder().encode(text);
  const deflated = await pipe(bytes, new CompressionStream("deflate-raw"));
  return toBase64Url(deflated);
}

export async function decodeText(encoded) {
  const inflated = await pipe(fromBase64Url(encoded), new DecompressionStream("deflate-raw"));
  return new TextDecoder().decode(inflated);
}

/** The share URL for `text` on this page, or null when it would be too long for a browser. */
export async function shareUrl(text, base = location.href) {
  const url = new URL(base);
  url.hash = PREFIX + (await encodeText(text));
  const href = url.href;
  return href.length > MAX_LINK_CHARS ? null : href;
}

/** The text in a fragment such as location.hash, or null when there is none. Throws if corrupt. */
export async function textFromFragment(hash) {
  const fragment = hash.startsWith("#") ? hash.slice(1) : hash;
  if (!fragment.startsWith(PREFIX)) return null;
  return decodeText(fragment.slice(PREFIX.length));
}

async function pipe(bytes, transform) {
  const stream = new Blob([bytes]).stream().pipeThrough(transform);
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

function toBase64Url(bytes) {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function fromBase64Url(text) {
  const base64 = text.replace(/-/g, "+").replace(/_/g, "/");
  const binary = atob(base64 + "=".repeat((4 - (base64.length % 4)) % 4));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
