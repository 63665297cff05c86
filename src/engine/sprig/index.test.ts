import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { signatureOf } from '../value';
import { sprigFunctions } from './index';

// Sprig v3.3.0's TxtFuncMap, less env/expandenv (helm deletes them) and toJson/fromJson/mustToJson
// (helm replaces them with its own, in the helm layer).
const SPRIG_NAMES = `abbrev abbrevboth add add1 add1f addf adler32sum ago all any append atoi b32dec b32enc b64dec b64enc
base bcrypt biggest buildCustomCert camelcase cat ceil chunk clean coalesce compact concat contains date dateInZone
dateModify date_in_zone date_modify decryptAES deepCopy deepEqual default derivePassword dict dig dir div divf duration
durationRound empty encryptAES ext fail first float64 floor genCA genCAWithKey genPrivateKey genSelfSignedCert
genSelfSignedCertWithKey genSignedCert genSignedCertWithKey get getHostByName has hasKey hasPrefix hasSuffix hello htmlDate
htmlDateInZone htpasswd indent initial initials int int64 isAbs join kebabcase keys kindIs kindOf last list lower max
maxf merge mergeOverwrite min minf mod mul mulf mustAppend mustChunk mustCompact mustDateModify mustDeepCopy mustFirst
mustFromJson mustHas mustInitial mustLast mustMerge mustMergeOverwrite mustPrepend mustRegexFind mustRegexFindAll
mustRegexMatch mustRegexReplaceAll mustRegexReplaceAllLiteral mustRegexSplit mustRest mustReverse mustSlice mustToDate
mustToPrettyJson mustToRawJson mustUniq mustWithout must_date_modify nindent nospace now omit osBase osClean osDir osExt
osIsAbs pick pluck plural prepend quote randAlpha randAlphaNum randAscii randBytes randInt randNumeric regexFind
regexFindAll regexMatch regexQuoteMeta regexReplaceAll regexReplaceAllLiteral regexSplit repeat replace rest reverse
round semver semverCompare seq set sha1sum sha256sum sha512sum shuffle slice snakecase sortAlpha split splitList splitn
push mustPush squote sub subf substr swapcase ternary title toDate toDecimal toPrettyJson toRawJson toString toStrings trim trimAll
trimPrefix trimSuffix trimall trunc tuple typeIs typeIsLike typeOf uniq unixEpoch unset until untilStep untitle upper
urlJoin urlParse uuidv4 values without wrap wrapWith`.split(/\s+/);

describe('sprigFunctions', () => {
  it('registers exactly the functions helm takes from Sprig (no env, no expandenv)', () => {
    const names = [...sprigFunctions().keys()].sort();
    expect(names).toEqual([...SPRIG_NAMES].sort());
    expect(names).not.toContain('env');
    expect(names).not.toContain('expandenv');
  });

  it('declares Go signatures the executor can check arguments against', () => {
    const f = sprigFunctions();
    expect(signatureOf(f.get('upper')!)).toEqual({ params: ['string'] });
    expect(signatureOf(f.get('trunc')!)).toEqual({ params: ['int', 'string'] });
    expect(signatureOf(f.get('dict')!)).toEqual({ params: [], variadic: 'any' });
    expect(signatureOf(f.get('merge')!)).toEqual({ params: ['map'], variadic: 'map' });
  });

  it('hands out a fresh map each call, so a caller adding helm functions cannot change another caller', () => {
    const a = sprigFunctions();
    a.delete('upper');
    expect(sprigFunctions().has('upper')).toBe(true);
  });

  // Reads the public charts beside the repo, when they are there: every Sprig function their
  // templates call must be one we register.
  const roots = ['../../../../shared/corpus', '../../../../shared/upstream/charts'].map((p) => join(__dirname, p));
  it('covers every Sprig function the corpus and upstream charts call', () => {
    const present = roots.filter((r) => existsSync(r));
    if (present.length === 0) return;
    const sprig = new Set(SPRIG_NAMES.concat(['env', 'expandenv', 'toJson', 'fromJson', 'mustToJson']));
    const used = new Set<string>();
    const walk = (dir: string) => {
      for (const e of readdirSync(dir)) {
        const p = join(dir, e);
        if (statSync(p).isDirectory()) walk(p);
        else if (/\/templates\//.test(p) && /\.(ya?ml|tpl|txt)$/.test(p)) {
          const text = readFileSync(p, 'utf8').replace(/\{\{-?\s*\/\*[\s\S]*?\*\/\s*-?\}\}/g, '');
          for (const action of text.match(/\{\{[\s\S]*?\}\}/g) ?? []) {
            const code = action.replace(/"(\\.|[^"\\])*"|`[^`]*`/g, '""');
            for (const w of code.match(/(?<![.$\w])[A-Za-z_]\w*/g) ?? []) if (sprig.has(w)) used.add(w);
          }
        }
      }
    };
    present.forEach(walk);
    const registered = sprigFunctions();
    const missing = [...used].filter((n) => !registered.has(n) && !['toJson', 'fromJson', 'mustToJson', 'env'].includes(n));
    expect(missing).toEqual([]);
    expect(used.size).toBeGreaterThan(40);
  });
});
