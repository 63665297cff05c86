import { describe, expect, it } from 'vitest';
import { dns1035Label, dns1123Label, dns1123Subdomain, labelValue, portName, qualifiedName } from './apiNames';

describe('Kubernetes name rules', () => {
  it('caps the length before looking at the characters, and says by how much', () => {
    expect(dns1123Label('a'.repeat(63))).toBeUndefined();
    expect(dns1123Label('a'.repeat(64))).toBe('longer than 63 characters (64)');
    expect(dns1035Label('A'.repeat(64))).toBe('longer than 63 characters (64)');
    expect(dns1123Subdomain('a'.repeat(254))).toBe('longer than 253 characters (254)');
    expect(labelValue('v'.repeat(64))).toBe('longer than 63 characters (64)');
    expect(portName('http-metrics-xyz')).toBe('longer than 15 characters (16)');
  });

  it('tells the label kinds apart by their characters', () => {
    expect(dns1123Label('1web')).toBeUndefined();
    expect(dns1035Label('1web')).toMatch(/^not a DNS-1035 label/);
    expect(dns1123Label('web.api')).toMatch(/^not a DNS-1123 label/);
    expect(dns1123Subdomain('web.api')).toBeUndefined();
    expect(dns1123Subdomain('web..api')).toMatch(/^not a DNS-1123 subdomain/);
    expect(labelValue('')).toBeUndefined();
    expect(labelValue('-x')).toMatch(/^must be empty or letters/);
  });

  it('port names: IANA service names, no "--", at least one letter', () => {
    expect(portName('http')).toBeUndefined();
    expect(portName('Http')).toMatch(/^must be lower-case/);
    expect(portName('a--b')).toBe('must not contain "--"');
    expect(portName('8080')).toBe('must contain at least one letter');
  });

  it('qualified names check the prefix as a subdomain', () => {
    expect(qualifiedName('app.kubernetes.io/name')).toBeUndefined();
    expect(qualifiedName('Bad_Prefix/name')).toMatch(/^prefix "Bad_Prefix" is not a DNS-1123 subdomain/);
  });
});
