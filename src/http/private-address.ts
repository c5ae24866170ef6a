/**
 * Which addresses a link checker must not fetch: loopback, private networks, link-local, CGNAT,
 * unique-local IPv6, IPv4 hidden in IPv6 (mapped, NAT64, 6to4), cloud metadata endpoints and
 * other non-public ranges. A URL in a pull request or a redirect is chosen by someone else; on a
 * CI runner, fetching `http://169.254.169.254/` or `http://127.0.0.1:8080/admin` and printing the
 * status and redirect target in a public report leaks what the runner can see.
 *
 * Pure functions over address text, table-tested (private-address.test.ts). The HTTP client applies
 * them to the address it actually connects to, after DNS (guard.ts); the validator applies them to
 * literal hosts in content (`private-url` rule).
 */
import { isIPv6 } from 'node:net';

/** Why an address is not public (the report says "private address, not checked" for all of them). */
export type PrivateKind =
  | 'unspecified'
  | 'loopback'
  | 'private'
  | 'link-local'
  | 'cgnat'
  | 'unique-local'
  | 'metadata'
  | 'multicast'
  | 'reserved';

/**
 * An IPv4 address in any form a URL parser or `inet_aton` accepts: dotted with 1–4 parts, each part
 * decimal, octal (`0177`) or hex (`0x7f`) — so `2130706433`, `0x7f.1` and `017700000001` are all
 * 127.0.0.1. Returns the 32-bit value, or null when the text is not such an address.
 */
export function parseIPv4(text: string): number | null {
  const parts = text.split('.');
  if (parts.length > 4 || parts.some((p) => p === '')) return null;
  const nums: number[] = [];
  for (const p of parts) {
    let n: number;
    if (/^0x[0-9a-f]*$/i.test(p)) n = p.length === 2 ? 0 : parseInt(p.slice(2), 16);
    else if (/^0[0-7]*$/.test(p)) n = parseInt(p, 8);
    else if (/^[1-9][0-9]*$/.test(p)) n = parseInt(p, 10);
    else return null;
    if (!Number.isSafeInteger(n)) return null;
    nums.push(n);
  }
  const last = nums.pop()!;
  if (nums.some((n) => n > 255) || last >= 256 ** (4 - nums.length)) return null;
  return nums.reduce((acc, n, i) => acc + n * 256 ** (3 - i), 0) + last;
}

/** An IPv6 address (brackets and zone id allowed) as eight 16-bit groups, or null. */
export function parseIPv6(text: string): number[] | null {
  let s = text.startsWith('[') && text.endsWith(']') ? text.slice(1, -1) : text;
  s = s.replace(/%.*$/, '');
  if (!isIPv6(s)) return null;
  // A trailing dotted IPv4 part (::ffff:127.0.0.1) becomes two groups.
  const v4 = /(\d+\.\d+\.\d+\.\d+)$/.exec(s);
  if (v4) {
    const n = parseIPv4(v4[1]!)!;
    s = `${s.slice(0, -v4[1]!.length)}${(n >>> 16).toString(16)}:${(n & 0xffff).toString(16)}`;
  }
  const [head, tail] = s.includes('::') ? s.split('::') : [s, undefined];
  const a = head ? head.split(':') : [];
  const b = tail === undefined ? [] : tail ? tail.split(':') : [];
  const fill = tail === undefined ? 0 : 8 - a.length - b.length;
  const groups = [...a, ...Array<string>(fill).fill('0'), ...b].map((g) => parseInt(g, 16));
  return groups.length === 8 && groups.every((g) => g >= 0 && g <= 0xffff) ? groups : null;
}

const inV4 = (n: number, base: string, bits: number) => {
  const b = parseIPv4(base)!;
  const size = 2 ** (32 - bits);
  return n >= b - (b % size) && n < b - (b % size) + size;
};

/** Metadata endpoints outside the ranges below (Azure's wire server is a public address). */
const V4_METADATA = new Set([parseIPv4('169.254.169.254'), parseIPv4('169.254.170.2'), parseIPv4('168.63.129.16'), parseIPv4('100.100.100.200')]);

/** The kind of a non-public IPv4 address (as a 32-bit value), or null when it is public. */
export function privateIPv4Kind(n: number): PrivateKind | null {
  if (V4_METADATA.has(n)) return 'metadata';
  if (inV4(n, '0.0.0.0', 8)) return 'unspecified';
  if (inV4(n, '127.0.0.0', 8)) return 'loopback';
  if (inV4(n, '10.0.0.0', 8) || inV4(n, '172.16.0.0', 12) || inV4(n, '192.168.0.0', 16)) return 'private';
  if (inV4(n, '169.254.0.0', 16)) return 'link-local';
  if (inV4(n, '100.64.0.0', 10)) return 'cgnat';
  if (inV4(n, '224.0.0.0', 4)) return 'multicast';
  if (
    inV4(n, '192.0.0.0', 24) || // IETF protocol assignments
    inV4(n, '192.0.2.0', 24) || inV4(n, '198.51.100.0', 24) || inV4(n, '203.0.113.0', 24) || // documentation
    inV4(n, '198.18.0.0', 15) || // benchmarking
    inV4(n, '240.0.0.0', 4) // reserved, broadcast
  ) return 'reserved';
  return null;
}

/** The kind of a non-public IPv6 address, or null when it is public. IPv4 inside IPv6 is judged as IPv4. */
export function privateIPv6Kind(g: readonly number[]): PrivateKind | null {
  const v4 = (hi: number, lo: number) => hi * 65536 + lo;
  const zeros = (from: number, to: number) => g.slice(from, to).every((x) => x === 0);
  if (zeros(0, 8)) return 'unspecified';
  if (zeros(0, 7) && g[7] === 1) return 'loopback';
  // IPv4-mapped (::ffff:a.b.c.d) and IPv4-compatible (::a.b.c.d): the connection goes to the IPv4 address.
  if (zeros(0, 5) && (g[5] === 0xffff || g[5] === 0)) return privateIPv4Kind(v4(g[6]!, g[7]!));
  if (g[0] === 0x64 && g[1] === 0xff9b && zeros(2, 6)) return privateIPv4Kind(v4(g[6]!, g[7]!)); // NAT64
  if (g[0] === 0x2002) return privateIPv4Kind(v4(g[1]!, g[2]!)); // 6to4
  if ((g[0]! & 0xfe00) === 0xfc00) return g[0] === 0xfd00 && g[1] === 0x0ec2 ? 'metadata' : 'unique-local';
  if ((g[0]! & 0xffc0) === 0xfe80) return 'link-local';
  if ((g[0]! & 0xffc0) === 0xfec0) return 'private'; // site-local (deprecated)
  if ((g[0]! & 0xff00) === 0xff00) return 'multicast';
  if (g[0] === 0x2001 && g[1] === 0x0db8) return 'reserved'; // documentation
  if (g[0] === 0x0100 && zeros(1, 4)) return 'reserved'; // discard
  return null;
}

/** The kind of a non-public IP address (v4 in any form, or v6), null when public or not an IP. */
export function privateAddressKind(address: string): PrivateKind | null {
  const v6 = parseIPv6(address);
  if (v6) return privateIPv6Kind(v6);
  const v4 = parseIPv4(address);
  return v4 === null ? null : privateIPv4Kind(v4);
}

/** Host names that mean this machine or a metadata service wherever they are resolved. */
const PRIVATE_NAMES: ReadonlyMap<string, PrivateKind> = new Map([
  ['localhost', 'loopback'],
  ['metadata.google.internal', 'metadata'],
  ['metadata', 'metadata'],
  ['instance-data', 'metadata'],
]);

/**
 * What a URL host says before any DNS: an IP literal in any form, `localhost` and `*.localhost`,
 * well-known metadata names, `.internal`, `.local` and `.home.arpa` names. Null for other names,
 * which only the address they resolve to can judge (the HTTP client does that).
 */
export function privateHostKind(host: string): PrivateKind | null {
  const h = host.toLowerCase().replace(/\.$/, '');
  const ip = privateAddressKind(h);
  if (ip !== null || parseIPv6(h) || parseIPv4(h) !== null) return ip;
  const named = PRIVATE_NAMES.get(h);
  if (named) return named;
  if (h.endsWith('.localhost')) return 'loopback';
  if (h.endsWith('.internal') || h.endsWith('.local') || h.endsWith('.home.arpa') || h.endsWith('.lan')) return 'private';
  return null;
}

/** The kind of a URL's host (see privateHostKind); null for public hosts and for text that is not a URL. */
export function privateUrlKind(url: string): PrivateKind | null {
  let host: string;
  try {
    host = new URL(url).hostname;
  } catch {
    return null;
  }
  return privateHostKind(host);
}
