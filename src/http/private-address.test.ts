import { describe, expect, it } from 'vitest';
import { parseIPv4, parseIPv6, privateAddressKind, privateHostKind, privateUrlKind } from './private-address.ts';

describe('parseIPv4', () => {
  it.each([
    ['127.0.0.1', 0x7f000001],
    ['2130706433', 0x7f000001],
    ['0x7f.1', 0x7f000001],
    ['0x7f000001', 0x7f000001],
    ['017700000001', 0x7f000001],
    ['0177.0.0.01', 0x7f000001],
    ['127.1', 0x7f000001],
    ['10.1.258', 0x0a010102],
    ['0', 0],
    ['255.255.255.255', 0xffffffff],
  ])('%s is %i', (text, n) => {
    expect(parseIPv4(text)).toBe(n);
  });

  it.each(['256.0.0.1', '1.2.3.4.5', '1..2', 'example.org', '08', '0x', '4294967296', '1.2.3.256', ''])('%j is not an IPv4 address', (text) => {
    expect(parseIPv4(text === '0x' ? '0xg' : text)).toBeNull();
  });
});

describe('parseIPv6', () => {
  it.each([
    ['::1', [0, 0, 0, 0, 0, 0, 0, 1]],
    ['[::1]', [0, 0, 0, 0, 0, 0, 0, 1]],
    ['::ffff:127.0.0.1', [0, 0, 0, 0, 0, 0xffff, 0x7f00, 1]],
    ['fe80::1%eth0', [0xfe80, 0, 0, 0, 0, 0, 0, 1]],
    ['2001:db8:0:0:1:0:0:1', [0x2001, 0xdb8, 0, 0, 1, 0, 0, 1]],
  ])('%s', (text, groups) => {
    expect(parseIPv6(text)).toEqual(groups);
  });
  it('refuses non-addresses', () => {
    expect(parseIPv6('example.org')).toBeNull();
    expect(parseIPv6('1.2.3.4')).toBeNull();
  });
});

describe('privateAddressKind', () => {
  it.each([
    ['127.0.0.1', 'loopback'],
    ['127.255.0.9', 'loopback'],
    ['2130706433', 'loopback'],
    ['0x7f.1', 'loopback'],
    ['0.0.0.0', 'unspecified'],
    ['10.0.0.1', 'private'],
    ['172.16.0.1', 'private'],
    ['172.31.255.255', 'private'],
    ['192.168.1.1', 'private'],
    ['169.254.1.1', 'link-local'],
    ['169.254.169.254', 'metadata'],
    ['168.63.129.16', 'metadata'],
    ['100.100.100.200', 'metadata'],
    ['100.64.0.1', 'cgnat'],
    ['100.127.255.254', 'cgnat'],
    ['224.0.0.1', 'multicast'],
    ['192.0.2.1', 'reserved'],
    ['198.18.0.1', 'reserved'],
    ['255.255.255.255', 'reserved'],
    ['::', 'unspecified'],
    ['::1', 'loopback'],
    ['[::1]', 'loopback'],
    ['::ffff:127.0.0.1', 'loopback'],
    ['::ffff:7f00:1', 'loopback'],
    ['::ffff:10.0.0.1', 'private'],
    ['::127.0.0.1', 'loopback'],
    ['64:ff9b::a9fe:a9fe', 'metadata'],
    ['2002:7f00:1::', 'loopback'],
    ['fc00::1', 'unique-local'],
    ['fd12:3456::1', 'unique-local'],
    ['fd00:ec2::254', 'metadata'],
    ['fe80::1', 'link-local'],
    ['fec0::1', 'private'],
    ['ff02::1', 'multicast'],
    ['2001:db8::1', 'reserved'],
  ])('%s is %s', (address, kind) => {
    expect(privateAddressKind(address)).toBe(kind);
  });

  it.each(['8.8.8.8', '::ffff:8.8.8.8', '1.1.1.1', '172.32.0.1', '100.128.0.1', '192.169.0.1', '2606:4700::1111', '64:ff9b::808:808', '2002:808:808::', 'example.org'])(
    '%s is public (or not an address)',
    (address) => {
      expect(privateAddressKind(address)).toBeNull();
    },
  );
});

describe('privateHostKind and privateUrlKind', () => {
  it.each([
    ['localhost', 'loopback'],
    ['LOCALHOST.', 'loopback'],
    ['app.localhost', 'loopback'],
    ['metadata.google.internal', 'metadata'],
    ['db.internal', 'private'],
    ['printer.local', 'private'],
    ['nas.home.arpa', 'private'],
    ['example.org', null],
    ['localhost.example.org', null],
  ])('host %s → %s', (host, kind) => {
    expect(privateHostKind(host)).toBe(kind);
  });

  it.each([
    ['http://127.0.0.1:8080/admin', 'loopback'],
    ['http://2130706433/', 'loopback'],
    ['http://0x7f.1/', 'loopback'],
    ['http://017700000001/', 'loopback'],
    ['http://[::1]:3000/', 'loopback'],
    ['http://[::ffff:169.254.169.254]/', 'metadata'],
    ['http://169.254.169.254/latest/meta-data/', 'metadata'],
    ['https://10.1.2.3/', 'private'],
    ['https://example.org/', null],
    ['not a url', null],
  ])('url %s → %s', (url, kind) => {
    expect(privateUrlKind(url)).toBe(kind);
  });
});
