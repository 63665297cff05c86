// Sprig's urlParse / urlJoin (net/url's fields) and getHostByName, which cannot resolve here.
import { isGoMap, mapGet, mapSet, newMap } from '../value';
import type { GoMap, GoValue } from '../value';
import { goFunc } from './args';
import type { FuncTable } from './args';
import { kindOf } from './reflect';

function unescape(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** url.Parse's split into scheme, opaque, userinfo, host, path, query and fragment. */
export function urlParse(raw: string): GoMap {
  let rest = raw;
  let fragment = '';
  const hash = rest.indexOf('#');
  if (hash >= 0) {
    fragment = unescape(rest.slice(hash + 1));
    rest = rest.slice(0, hash);
  }
  let scheme = '';
  const sm = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(rest);
  if (sm) {
    scheme = sm[1].toLowerCase();
    rest = rest.slice(sm[0].length);
  } else if (rest.startsWith(':')) {
    throw new Error(`unable to parse url: parse ${JSON.stringify(raw)}: missing protocol scheme`);
  }
  let query = '';
  const q = rest.indexOf('?');
  if (q >= 0) {
    query = rest.slice(q + 1);
    rest = rest.slice(0, q);
  }
  let opaque = '';
  let host = '';
  let userinfo = '';
  if (scheme !== '' && !rest.startsWith('/')) {
    opaque = rest;
    rest = '';
  } else if (rest.startsWith('//')) {
    const slash = rest.indexOf('/', 2);
    let authority = slash < 0 ? rest.slice(2) : rest.slice(2, slash);
    rest = slash < 0 ? '' : rest.slice(slash);
    const at = authority.lastIndexOf('@');
    if (at >= 0) {
      userinfo = authority.slice(0, at);
      authority = authority.slice(at + 1);
    }
    host = authority;
  }
  const hostname = host.startsWith('[') ? host.slice(1, host.indexOf(']')) : host.replace(/:[0-9]*$/, '');
  const m = newMap();
  const set = (k: string, v: string) => mapSet(m, k, v);
  set('scheme', scheme);
  set('host', host);
  set('hostname', hostname);
  set('path', unescape(rest));
  set('query', query);
  set('opaque', opaque);
  set('fragment', fragment);
  set('userinfo', userinfo);
  return m;
}

function field(d: GoMap, key: string): string {
  const v = mapGet(d, key);
  if (v === undefined) return '';
  if (typeof v !== 'string') throw new Error(`unable to parse ${key} key, must be of type string, but ${kindOf(v)} found`);
  return v;
}

/** url.URL.String of the dict's fields. */
export function urlJoin(d: GoMap): string {
  const scheme = field(d, 'scheme');
  const opaque = field(d, 'opaque');
  const host = field(d, 'host');
  const path = field(d, 'path');
  const userinfo = field(d, 'userinfo');
  const query = field(d, 'query');
  const fragment = field(d, 'fragment');
  let out = scheme ? scheme + ':' : '';
  if (opaque) out += opaque;
  else {
    if (scheme || host || userinfo) {
      if (host || path || userinfo) out += '//';
      if (userinfo) out += userinfo + '@';
      out += host;
    }
    if (path && !path.startsWith('/') && host) out += '/';
    out += encodeURI(path).replace(/%5B|%5D/g, (x) => (x === '%5B' ? '[' : ']'));
  }
  if (query) out += '?' + query;
  if (fragment) out += '#' + encodeURIComponent(fragment).replace(/%2F/g, '/');
  return out;
}

export function registerUrls(t: FuncTable): void {
  t.set('urlParse', goFunc('urlParse', ['string'], urlParse));
  t.set('urlJoin', goFunc('urlJoin', ['map'], (d: GoValue) => urlJoin(isGoMap(d) ? d : newMap())));
  t.set(
    'getHostByName',
    goFunc('getHostByName', ['string'], () => {
      // Go's net.LookupHost finds nothing offline, and Sprig then calls rand.Intn(0).
      throw new Error('invalid argument to Intn');
    }),
  );
}
