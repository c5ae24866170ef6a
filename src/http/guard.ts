/**
 * The private-address guard of the HTTP client: a connector for undici's Agent that refuses to
 * open a connection to a non-public address (private-address.ts). The check is made on the
 * address the socket is about to connect to — an IP literal as is, a name through a DNS lookup
 * whose answers are filtered before `net.connect` uses them — so there is no gap between checking
 * a name and connecting to whatever it resolves to a moment later (DNS rebinding), and every
 * redirect hop, being a new connection, is checked the same way.
 *
 * Origins the operator configured (an API endpoint, a `--remap` target, a test server) are
 * trusted and connected to without the check.
 */
import { lookup as dnsLookup, type LookupAddress, type LookupAllOptions, type LookupOneOptions } from 'node:dns';
import type { LookupFunction } from 'node:net';
import { buildConnector } from 'undici';
import { privateAddressKind, type PrivateKind } from './private-address.ts';

/** Thrown (as the connect error) when a connection would reach a non-public address. */
export class PrivateAddressError extends Error {
  readonly code = 'ERR_PRIVATE_ADDRESS';
  readonly host: string;
  readonly address: string;
  readonly kind: PrivateKind;
  constructor(host: string, address: string, kind: PrivateKind) {
    super(host === address ? `${address} is a ${kind} address: not connected` : `${host} resolves to ${address}, a ${kind} address: not connected`);
    this.name = 'PrivateAddressError';
    this.host = host;
    this.address = address;
    this.kind = kind;
  }
}

type LookupCallback = (err: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/**
 * A `lookup` for `net.connect` that keeps only public answers: a name with some private answers
 * is connected through its public ones; a name with only private answers fails with
 * PrivateAddressError. `resolve` is the underlying lookup (node:dns by default; tests inject one).
 */
export function publicOnlyLookup(resolve: LookupFunction = dnsLookup as unknown as LookupFunction): LookupFunction {
  return ((hostname: string, options: LookupOneOptions | LookupAllOptions, callback: LookupCallback) => {
    const opts = typeof options === 'object' && options !== null ? options : {};
    resolve(hostname, { ...opts, all: true }, ((err: NodeJS.ErrnoException | null, answers: string | LookupAddress[]) => {
      if (err) return callback(err, []);
      const all = Array.isArray(answers) ? answers : [{ address: answers, family: answers.includes(':') ? 6 : 4 }];
      const usable = all.filter((a) => privateAddressKind(a.address) === null);
      if (usable.length === 0) {
        const first = all[0];
        if (!first) return callback(Object.assign(new Error(`no address for ${hostname}`), { code: 'ENOTFOUND' }), []);
        return callback(new PrivateAddressError(hostname, first.address, privateAddressKind(first.address)!), []);
      }
      if ('all' in opts && opts.all) return callback(null, usable);
      callback(null, usable[0]!.address, usable[0]!.family);
    }) as never);
  }) as LookupFunction;
}

export interface ConnectorOptions {
  /** Connect timeout (ms). */
  timeout: number;
  /** Refuse non-public addresses (the guard); off = connect anywhere. */
  refusePrivate: boolean;
  /** Origins (`http://127.0.0.1:8790`) connected to without the check. */
  trustedOrigins?: readonly string[];
  /** The DNS lookup to use (tests inject a fake resolver); node:dns by default. */
  lookup?: LookupFunction;
}

/** The connector for the client's Agent: undici's own, behind the guard when it is on. */
export function createConnector(options: ConnectorOptions): buildConnector.connector {
  const base = options.lookup ? { timeout: options.timeout, lookup: options.lookup } : { timeout: options.timeout };
  const open = buildConnector(base);
  if (!options.refusePrivate) return open;
  const guarded = buildConnector({ ...base, lookup: publicOnlyLookup(options.lookup) });
  const trusted = new Set((options.trustedOrigins ?? []).map((o) => new URL(o).origin));
  return (opts, callback) => {
    const host = opts.hostname.includes(':') ? `[${opts.hostname}]` : opts.hostname;
    if (trusted.has(new URL(`${opts.protocol}//${host}${opts.port ? `:${opts.port}` : ''}`).origin)) return open(opts, callback);
    // An IP literal is never looked up by net.connect: judge it here.
    const kind = privateAddressKind(opts.hostname);
    if (kind !== null) {
      callback(new PrivateAddressError(opts.hostname, opts.hostname, kind), null);
      return;
    }
    return guarded(opts, callback);
  };
}
