// The fact-query page: a map of the cities the reports speak of, a timeline, the claims, the
// disagreements, questions and a form to add an article. Plain JavaScript over the service's own
// HTTP API; every text from the store is put in the page as text, never as markup.
'use strict';

const KINDS = ['CAPTURE', 'PARTIAL_CAPTURE', 'CONTROL', 'PARTIAL_CONTROL', 'ATTACK', 'WITHDRAWAL', 'DEPLOYMENT',
  'COUNT', 'LOCATED_IN', 'DISTANCE', 'RANK'];
const MODALITIES = ['ASSERTED', 'REPORTED', 'CLAIMED', 'CONFIRMED', 'UNCONFIRMED', 'DENIED', 'FORECAST'];
const STYLE = {
  CAPTURED: { color: '#b2182b', fillColor: '#b2182b', fillOpacity: 0.85, weight: 2 },
  HELD: { color: '#2166ac', fillColor: '#ffffff', fillOpacity: 0.9, weight: 5 },
  CONTESTED: { color: '#e08214', fillColor: '#ffffff', fillOpacity: 0.6, weight: 3, dashArray: '4 3' },
  UNKNOWN: { color: '#777777', fillColor: '#ffffff', fillOpacity: 0.4, weight: 2, dashArray: '1 4' },
};
const EXCERPT = 160; // characters of context on each side of an evidence sentence
const DAY = 86400000;

const $ = (id) => document.getElementById(id);
const el = (tag, attrs = {}, ...children) => {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (name === 'class') node.className = value;
    else if (name.startsWith('on')) node.addEventListener(name.slice(2), value);
    else node.setAttribute(name, value);
  }
  for (const child of children.flat()) {
    if (child !== null && child !== undefined) node.append(child instanceof Node ? child : String(child));
  }
  return node;
};

// ---- the API ----

function apiKey() {
  return sessionStorage.getItem('factquery.key') || '';
}

async function api(path, options = {}) {
  const headers = { Accept: 'application/json', ...(options.headers || {}) };
  if (apiKey()) headers['X-API-Key'] = apiKey();
  const response = await fetch(path, { ...options, headers });
  const body = response.status === 204 ? null : await response.json().catch(() => null);
  if (!response.ok) {
    const detail = body && (body.detail || body.title) || response.statusText;
    throw new Error(`${response.status}: ${detail}`);
  }
  return body;
}

function showError(error) {
  const box = $('error');
  box.textContent = error ? String(error.message || error) : '';
  box.hidden = !error;
}

const documents = new Map();
function loadDocument(id) {
  if (!documents.has(id)) documents.set(id, api(`/documents/${id}`));
  return documents.get(id);
}

// ---- evidence: the sentence marked inside a short excerpt of its document ----

function evidenceItem(e) {
  const excerpt = el('p', { class: 'excerpt' }, el('mark', {}, e.sentence));
  loadDocument(e.documentId).then((doc) => {
    if (e.field === 'title') return;
    const text = doc.text;
    // about EXCERPT characters on each side, cut at a space so that no word is halved
    let from = Math.max(0, e.start - EXCERPT);
    if (from > 0) from = Math.min(e.start, text.indexOf(' ', from) + 1 || e.start);
    let to = Math.min(text.length, e.end + EXCERPT);
    if (to < text.length) to = Math.max(e.end, text.lastIndexOf(' ', to));
    excerpt.replaceChildren((from > 0 ? '…' : '') + text.slice(from, e.start), el('mark', {}, text.slice(e.start, e.end)),
      text.slice(e.end, to) + (to < text.length ? '…' : ''));
  }).catch(() => { /* the sentence alone stays */ });
  const meta = [e.publisher || 'unnamed outlet', e.publishedAt ? e.publishedAt.slice(0, 10) : 'undated',
    e.modality.toLowerCase(), e.attributedTo ? `according to ${e.attributedTo}` : null,
    e.eventDate ? `event ${e.eventDate}` : null, e.copies > 1 ? `${e.copies} copies` : null,
    e.inferredFrom ? `inferred from the ${e.inferredFrom}` : null].filter(Boolean).join(' · ');
  const link = el('a', { href: `#document=${e.documentId}&start=${e.start}&end=${e.end}${e.field === 'title' ? '&field=title' : ''}` },
    'whole document');
  return el('li', {}, excerpt, el('p', { class: 'meta' }, meta, ' · ', link));
}

function evidenceList(items) {
  return el('ul', { class: 'evidence' }, (items || []).map(evidenceItem));
}

// ---- the document dialog ----

async function openDocument(params) {
  const id = Number(params.get('document'));
  const start = Number(params.get('start'));
  const end = Number(params.get('end'));
  try {
    const doc = await loadDocument(id);
    $('document-title').textContent = doc.title || `Document ${doc.id}`;
    $('document-meta').textContent = [doc.publisher, doc.publishedAt && doc.publishedAt.slice(0, 10), doc.url]
      .filter(Boolean).join(' · ');
    const marked = el('mark', { id: 'document-mark' });
    if (params.get('field') === 'title') {
      $('document-title').replaceChildren(doc.title.slice(0, start), el('mark', {}, doc.title.slice(start, end)),
        doc.title.slice(end));
      $('document-text').replaceChildren(doc.text);
    } else {
      marked.textContent = doc.text.slice(start, end);
      $('document-text').replaceChildren(doc.text.slice(0, start), marked, doc.text.slice(end));
    }
    const dialog = $('document');
    if (!dialog.open) dialog.showModal();
    marked.scrollIntoView({ block: 'center' });
  } catch (error) {
    showError(error);
  }
}

window.addEventListener('hashchange', () => routeHash());
function routeHash() {
  const params = new URLSearchParams(location.hash.slice(1));
  if (params.has('document')) openDocument(params);
}
$('document').addEventListener('close', () => {
  if (location.hash.includes('document=')) history.replaceState(null, '', location.pathname + location.search);
});

// ---- tabs ----

const tabs = [...document.querySelectorAll('[role=tab]')];
function selectTab(tab) {
  for (const t of tabs) {
    const selected = t === tab;
    t.setAttribute('aria-selected', String(selected));
    t.tabIndex = selected ? 0 : -1;
    $(t.getAttribute('aria-controls')).hidden = !selected;
  }
  if (tab.id === 'tab-map') map.invalidateSize();
  if (tab.id === 'tab-conflicts') loadConflicts();
  if (tab.id === 'tab-claims' && !$('claims').tBodies[0].rows.length) searchClaims(0);
}
tabs.forEach((tab, i) => {
  tab.addEventListener('click', () => selectTab(tab));
  tab.addEventListener('keydown', (event) => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (step) {
      const next = tabs[(i + step + tabs.length) % tabs.length];
      next.focus();
      selectTab(next);
    }
  });
});

// ---- the map, the city table and the timeline ----

const map = L.map('map', { worldCopyJump: true, keyboard: true }).setView([25, 30], 2);
fetch('ui/vendor/world-atlas/countries-110m.json').then((r) => r.json()).then((world) => {
  L.geoJSON(topojson.feature(world, world.objects.countries), {
    style: { color: '#9aa5b1', weight: 0.6, fillColor: '#f4f1ea', fillOpacity: 1 }, interactive: false,
  }).addTo(map).bringToBack();
}).catch(showError);
const cityLayer = L.layerGroup().addTo(map);
let citiesShown = [];
let fitted = false;
let chosenCity = null;

function asOf() {
  return $('as-of').value || null;
}

async function loadCities() {
  try {
    const query = new URLSearchParams({ size: '500' });
    if (asOf()) query.set('asOf', asOf());
    const page = await api(`/cities?${query}`);
    citiesShown = page.items;
    drawCities();
    showError(null);
    if (chosenCity) showCity(chosenCity);
  } catch (error) {
    showError(error);
  }
}

function drawCities() {
  cityLayer.clearLayers();
  const rows = [];
  const bounds = [];
  const counts = {};
  for (const c of citiesShown) {
    counts[c.status] = (counts[c.status] || 0) + 1;
    const where = c.city.latitude != null ? [c.city.latitude, c.city.longitude] : null;
    const label = `${c.city.name}: ${c.status.toLowerCase()}${c.controlledBy ? ` (${c.controlledBy})` : ''}`;
    if (where) {
      bounds.push(where);
      L.circleMarker(where, { ...STYLE[c.status], radius: 5 + 3 * Math.sqrt(c.documents) })
        .bindTooltip(label).on('click', () => showCity(c.city)).addTo(cityLayer);
    }
    rows.push(el('tr', { 'data-city': c.city.name },
      el('th', { scope: 'row' }, el('button', { type: 'button', class: 'link', onclick: () => showCity(c.city) }, c.city.name),
        c.city.country ? `, ${c.city.country}` : ''),
      el('td', { class: `status ${c.status}` }, c.status),
      el('td', {}, c.controlledBy || '—'), el('td', {}, c.since || '—'),
      el('td', {}, c.confidence != null ? c.confidence.toFixed(2) : '—'), el('td', {}, c.documents)));
  }
  $('cities').tBodies[0].replaceChildren(...rows);
  $('cities-count').textContent = `(${citiesShown.length}: ` + Object.entries(counts)
    .map(([s, n]) => `${n} ${s.toLowerCase()}`).join(', ') + (asOf() ? `, as of ${asOf()})` : ')');
  if (!fitted && bounds.length) {
    map.fitBounds(bounds, { padding: [30, 30], maxZoom: 7 });
    fitted = true;
  }
}

async function showCity(city) {
  chosenCity = city;
  const aside = $('city');
  const query = new URLSearchParams({ evidence: '5' });
  if (asOf()) query.set('asOf', asOf());
  try {
    const [status, history] = await Promise.all([api(`/cities/${encodeURIComponent(city.id)}/status?${query}`),
      api(`/cities/${encodeURIComponent(city.id)}/history?${query}`)]);
    const parts = [el('h2', {}, status.city.name, status.city.country ? `, ${status.city.country}` : ''),
      el('p', {}, el('span', { class: `status ${status.status}` }, status.status),
        status.controlledBy ? ` — held by ${status.controlledBy}` : '', status.since ? ` since ${status.since}` : '',
        status.confidence != null ? ` · confidence ${status.confidence.toFixed(2)}` : '',
        ` · ${status.documents} documents from ${status.publishers} outlets`,
        status.inferredFrom ? ` · inferred from its ${status.inferredFrom}` : '',
        status.asOf ? ` · as of ${status.asOf}` : ''),
      el('h3', {}, `Evidence (${status.evidence.length} of ${status.evidenceTotal})`), evidenceList(status.evidence)];
    if (history.changes.length) {
      parts.push(el('h3', {}, 'History'), el('ol', {}, history.changes.map((c) => el('li', {},
        `${c.day || 'undated'}: ${c.change.toLowerCase()} by ${c.actor || 'an unnamed side'} (${c.modality.toLowerCase()}, ${c.documents} documents)`,
        evidenceList(c.evidence.slice(0, 1))))));
    }
    if (status.exceptions.length) {
      parts.push(el('h3', {}, 'Exceptions'), el('ul', {}, status.exceptions.map((p) => el('li', {},
        `${p.part}: held by ${p.heldBy} (${p.documents} documents)`, evidenceList([p.evidence])))));
    }
    if (status.forecasts.length) {
      parts.push(el('h3', {}, `Forecasts (${status.forecastsTotal})`), evidenceList(status.forecasts));
    }
    for (const d of status.disputes) {
      parts.push(el('h3', {}, `Disputed: ${d.about}`), el('ul', {}, d.values.map((v) => el('li', {},
        `${v.value} — ${v.documents} documents`, evidenceList(v.evidence.slice(0, 2))))));
    }
    aside.replaceChildren(...parts);
    showError(null);
  } catch (error) {
    showError(error);
  }
}

// the slider runs over the days the cities' reports span; the date input says the day
let firstDay = null;
function setRange() {
  const days = citiesShown.flatMap((c) => [c.since, ...(c.evidence || []).map((e) => e.eventDate || (e.publishedAt || '').slice(0, 10))])
    .filter(Boolean).map((d) => Date.parse(d)).filter((t) => !Number.isNaN(t));
  if (!days.length) return;
  firstDay = Math.min(...days) - 30 * DAY;
  const last = Math.max(...days) + 7 * DAY;
  const range = $('as-of-range');
  range.max = String(Math.round((last - firstDay) / DAY));
  range.value = range.max;
}
function dayOf(offset) {
  return new Date(firstDay + offset * DAY).toISOString().slice(0, 10);
}
$('as-of-range').addEventListener('input', () => {
  if (firstDay === null) return;
  $('as-of').value = dayOf(Number($('as-of-range').value));
  $('as-of-label').textContent = `reports dated up to ${$('as-of').value}`;
});
$('as-of-range').addEventListener('change', () => loadCities());
$('as-of').addEventListener('change', () => {
  $('as-of-label').textContent = asOf() ? `reports dated up to ${asOf()}` : 'latest reports';
  if (firstDay !== null && asOf()) $('as-of-range').value = String(Math.round((Date.parse(asOf()) - firstDay) / DAY));
  loadCities();
});
$('as-of-latest').addEventListener('click', () => {
  $('as-of').value = '';
  $('as-of-range').value = $('as-of-range').max;
  $('as-of-label').textContent = 'latest reports';
  loadCities();
});

// ---- claims ----

for (const k of KINDS) $('claims-filter').kind.append(el('option', { value: k }, k.toLowerCase().replace('_', ' ')));
for (const m of MODALITIES) $('claims-filter').modality.append(el('option', { value: m }, m.toLowerCase()));
let claimsPage = 0;
async function searchClaims(page) {
  const form = $('claims-filter');
  const query = new URLSearchParams({ page: String(page), size: '20' });
  for (const name of ['kind', 'place', 'actor', 'modality', 'since', 'until', 'q']) {
    if (form[name].value.trim()) query.set(name, form[name].value.trim());
  }
  try {
    const result = await api(`/claims?${query}`);
    claimsPage = result.page;
    $('claims').tBodies[0].replaceChildren(...result.items.map((c) => el('tr', {},
      el('td', {}, c.kind), el('td', {}, c.actor || '—'), el('td', {}, c.place ? c.place.name : '—'),
      el('td', {}, c.modality.toLowerCase()), el('td', {}, c.eventDate || '—'),
      el('td', {}, evidenceList([c.evidence])))));
    const pages = Math.max(1, Math.ceil(result.total / result.size));
    $('claims-count').textContent = `${result.total} claims`;
    $('claims-page').textContent = `page ${result.page + 1} of ${pages}`;
    $('claims-prev').disabled = result.page === 0;
    $('claims-next').disabled = result.page + 1 >= pages;
    showError(null);
  } catch (error) {
    showError(error);
  }
}
$('claims-filter').addEventListener('submit', (event) => { event.preventDefault(); searchClaims(0); });
$('claims-prev').addEventListener('click', () => searchClaims(claimsPage - 1));
$('claims-next').addEventListener('click', () => searchClaims(claimsPage + 1));

// ---- conflicts ----

async function loadConflicts() {
  try {
    const page = await api('/conflicts?size=50');
    $('conflicts').replaceChildren(page.items.length ? el('ul', {}, page.items.map((c) => el('li', {},
      el('h3', {}, `${c.subject}: ${c.about}${c.when ? ` (${c.when})` : ''}`),
      el('ul', {}, c.values.map((v) => el('li', {}, `${v.value} — ${v.documents} documents`,
        evidenceList(v.evidence.slice(0, 2)))))))) : el('p', { class: 'muted' }, 'No disagreements among the reports.'));
    showError(null);
  } catch (error) {
    showError(error);
  }
}

// ---- ask ----

$('ask-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  try {
    const answer = await api(`/ask?${new URLSearchParams({ q: $('ask-q').value })}`);
    $('answer').replaceChildren(el('p', { class: 'answer' }, answer.answer),
      el('p', { class: 'muted' }, `Read as: ${answer.query}`), evidenceList(answer.evidence));
    showError(null);
  } catch (error) {
    $('answer').replaceChildren();
    showError(error);
  }
});

// ---- add an article ----

$('add-form').file.addEventListener('change', async () => {
  const file = $('add-form').file.files[0];
  if (file) $('add-form').text.value = await file.text();
});
$('add-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  const form = $('add-form');
  const body = { text: form.text.value };
  for (const name of ['title', 'url', 'publisher', 'publishedAt']) {
    if (form[name].value.trim()) body[name] = form[name].value.trim();
  }
  try {
    const result = await api('/documents', {
      method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body),
    });
    $('added').replaceChildren(el('p', {}, result.duplicate ? `Already stored as document ${result.id}.`
      : `Stored as document ${result.id}: ${result.sentences} sentences, ${result.claims} claims.`));
    documents.clear();
    loadCities().then(setRange);
    showError(null);
  } catch (error) {
    showError(error);
  }
});

// ---- the key, and the start ----

$('api-key').value = apiKey();
$('api-key').addEventListener('change', () => {
  sessionStorage.setItem('factquery.key', $('api-key').value.trim());
  loadCities().then(setRange);
});
selectTab(tabs[0]);
loadCities().then(setRange);
routeHash();
