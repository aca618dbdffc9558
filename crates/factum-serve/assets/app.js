// factum dashboard: plain JavaScript and SVG, no libraries, no build step.
//
// Rules this file keeps:
// * Data from the API is untrusted (article text, titles, URLs). It enters the page only
//   as text nodes (`textContent`, `createTextNode`) or as attributes set one by one with
//   `setAttribute`; links are kept only when they are http(s). No string is ever parsed
//   as HTML (the API test greps this file for the ways to do that).
// * The URL is the state: filters and the open event live in the query string, so a view
//   can be shared and the back button works.
// * Every failure is shown in #errors (the browser test reads it), and each panel marks
//   the <body> with data-ready-<panel> once drawn.
'use strict';

const SVG_NS = 'http://www.w3.org/2000/svg';
const FILTERS = ['since', 'until', 'actor', 'source', 'target', 'dyad', 'country', 'code', 'modality',
  'min_confidence'];
const QUAD = { 1: 'verbal cooperation', 2: 'material cooperation', 3: 'verbal conflict', 4: 'material conflict' };
const QUAD_COLOUR = { 1: '#4c9a6a', 2: '#2f6db5', 3: '#e0a030', 4: '#c8413b' };
const PALETTE = ['#2f6db5', '#c8413b', '#4c9a6a', '#e0a030', '#7b5ea7', '#3fa7b5', '#b55f2f',
  '#8a8a3c', '#d16ba5', '#5f6b7a', '#1f9e89', '#a0522d'];
const CAMEO_ROOTS = {
  '01': 'make public statement', '02': 'appeal', '03': 'express intent to cooperate',
  '04': 'consult', '05': 'diplomatic cooperation', '06': 'material cooperation',
  '07': 'provide aid', '08': 'yield', '09': 'investigate', '10': 'demand',
  '11': 'disapprove', '12': 'reject', '13': 'threaten', '14': 'protest',
  '15': 'exhibit force posture', '16': 'reduce relations', '17': 'coerce', '18': 'assault',
  '19': 'fight', '20': 'unconventional mass violence',
};

// ---------- small DOM helpers (text only) ----------

function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  setAttrs(e, attrs);
  for (const c of children) append(e, c);
  return e;
}

function svg(tag, attrs, ...children) {
  const e = document.createElementNS(SVG_NS, tag);
  setAttrs(e, attrs);
  for (const c of children) append(e, c);
  return e;
}

function setAttrs(e, attrs) {
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'class') e.setAttribute('class', v);
    else if (k.startsWith('on')) throw new Error('event handlers are attached with listen()');
    else e.setAttribute(k, String(v));
  }
}

function append(parent, child) {
  if (child === null || child === undefined || child === false) return;
  if (Array.isArray(child)) child.forEach(c => append(parent, c));
  else if (child instanceof Node) parent.appendChild(child);
  else parent.appendChild(document.createTextNode(String(child)));
}

function listen(e, type, f) { e.addEventListener(type, f); return e; }

function clear(e) { while (e.firstChild) e.removeChild(e.firstChild); return e; }

/// An http(s) URL from untrusted data, or null (no javascript:, data: …).
function safeUrl(u) {
  if (typeof u !== 'string') return null;
  try {
    const x = new URL(u);
    return x.protocol === 'http:' || x.protocol === 'https:' ? x.href : null;
  } catch (_) {
    return null;
  }
}

function ready(name, value) { document.body.setAttribute('data-ready-' + name, String(value)); }

// ---------- errors ----------

function report(kind, message) {
  const box = document.getElementById('errors');
  box.appendChild(el('div', { class: kind }, message));
}

window.addEventListener('error', e => report('script-error', 'script error: ' + e.message));
document.addEventListener('securitypolicyviolation', e =>
  report('script-error', 'blocked by the content security policy: ' + e.violatedDirective));
window.addEventListener('unhandledrejection', e =>
  report('script-error', 'unhandled: ' + ((e.reason && e.reason.message) || e.reason)));

// ---------- API ----------

async function api(path, params) {
  const url = new URL(path, location.origin);
  for (const [k, v] of Object.entries(params || {})) {
    if (v !== undefined && v !== null && v !== '') url.searchParams.set(k, v);
  }
  const response = await fetch(url);
  const body = await response.json();
  if (!response.ok) {
    const e = body.error || {};
    throw new Error((e.message || response.statusText) + (e.parameter ? ' (parameter ' + e.parameter + ')' : ''));
  }
  return body;
}

function guarded(name, f) {
  return f().catch(e => report('api-error', name + ': ' + e.message));
}

// ---------- state in the URL ----------

function query() { return new URLSearchParams(location.search); }

function filters() {
  const q = query();
  const f = {};
  for (const k of FILTERS) if (q.get(k)) f[k] = q.get(k);
  return f;
}

function go(params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') q.set(k, v);
  const s = q.toString();
  history.pushState(null, '', s ? '/?' + s : '/');
  route();
}

function link(params, text, cls) {
  const q = new URLSearchParams(params).toString();
  const a = el('a', { href: q ? '/?' + q : '/', class: cls }, text);
  listen(a, 'click', ev => {
    if (ev.ctrlKey || ev.metaKey) return;
    ev.preventDefault();
    go(params);
  });
  return a;
}

// ---------- filter form ----------

function setupForm() {
  const form = document.getElementById('filters');
  const select = form.elements.code;
  for (const [code, label] of Object.entries(CAMEO_ROOTS)) {
    select.appendChild(el('option', { value: code }, code + ' ' + label));
  }
  listen(form, 'submit', ev => {
    ev.preventDefault();
    const f = {};
    for (const k of FILTERS) f[k] = form.elements[k].value.trim();
    go(f);
  });
  listen(document.getElementById('reset'), 'click', () => go({}));
  listen(document.getElementById('timeline-by'), 'change', () => guarded('timeline', drawTimeline));
  window.addEventListener('popstate', route);
}

function fillForm() {
  const form = document.getElementById('filters');
  const f = filters();
  for (const k of FILTERS) form.elements[k].value = f[k] || '';
}

// ---------- routing ----------

function route() {
  clear(document.getElementById('errors'));
  fillForm();
  const q = query();
  const overview = document.getElementById('overview');
  const detail = document.getElementById('detail');
  if (q.get('event') || q.get('doc')) {
    overview.hidden = true;
    detail.hidden = false;
    clear(detail);
    if (q.get('event')) guarded('event', () => drawEvent(q.get('event')));
    else guarded('document', () => drawDocument(q.get('doc'), q.get('mention')));
  } else {
    detail.hidden = true;
    overview.hidden = false;
    guarded('timeline', drawTimeline);
    guarded('map', drawMap);
    guarded('network', drawNetwork);
    guarded('table', () => drawTable(false));
  }
}

// ---------- timeline ----------

function dayNumber(day) { return Math.round(Date.parse(day + 'T00:00:00Z') / 86400000); }

async function drawTimeline() {
  const box = clear(document.getElementById('timeline'));
  const by = document.getElementById('timeline-by').value;
  const stats = await api('/api/stats', filters());
  const rows = (by === 'type' ? stats.by_day_type : stats.by_day_quad_class).filter(r => r.day);
  if (rows.length === 0) {
    box.appendChild(el('p', { class: 'muted' }, 'No dated events match.'));
    ready('timeline', 0);
    return;
  }
  const keys = [...new Set(rows.map(r => String(r.key)))].sort();
  const colour = k => by === 'type' ? PALETTE[keys.indexOf(k) % PALETTE.length] : QUAD_COLOUR[k] || '#888';
  const first = Math.min(...rows.map(r => dayNumber(r.day)));
  const last = Math.max(...rows.map(r => dayNumber(r.day)));
  const totals = {};
  for (const r of rows) totals[r.day] = (totals[r.day] || 0) + r.count;
  const max = Math.max(...Object.values(totals));
  const W = 900, H = 170, left = 30, bottom = 20;
  const days = last - first + 1;
  const bw = Math.max(2, (W - left) / days - 1);
  const x = d => left + (dayNumber(d) - first) * (W - left) / days;
  const y = v => (H - bottom) * (1 - v / max);
  const chart = svg('svg', { viewBox: `0 0 ${W} ${H}`, class: 'timeline', role: 'img' });
  chart.appendChild(svg('line', { x1: left, x2: W, y1: H - bottom, y2: H - bottom, class: 'axis' }));
  chart.appendChild(svg('text', { x: 0, y: 10, class: 'tick' }, String(max)));
  const stacked = {};
  for (const r of rows.slice().sort((a, b) => String(a.key).localeCompare(String(b.key)))) {
    const below = stacked[r.day] || 0;
    stacked[r.day] = below + r.count;
    const label = by === 'type' ? r.key : QUAD[r.key];
    chart.appendChild(svg('rect', {
      class: 'bar', x: x(r.day).toFixed(1), width: bw.toFixed(1),
      y: y(below + r.count).toFixed(1), height: (y(below) - y(below + r.count)).toFixed(1),
      fill: colour(String(r.key)),
    }, svg('title', {}, `${r.day}: ${r.count} ${label || 'unknown'}`)));
  }
  const firstDay = rows.map(r => r.day).sort()[0];
  const lastDay = rows.map(r => r.day).sort().slice(-1)[0];
  chart.appendChild(svg('text', { x: left, y: H - 4, class: 'tick' }, firstDay));
  chart.appendChild(svg('text', { x: W, y: H - 4, class: 'tick', 'text-anchor': 'end' }, lastDay));
  box.appendChild(chart);
  box.appendChild(el('div', { class: 'legend' }, keys.map(k =>
    el('span', { class: 'legend-item' }, swatch(colour(k)), by === 'type' ? k : `${k} ${QUAD[k]}`))));
  ready('timeline', rows.length);
}

function swatch(colour) {
  const s = svg('svg', { width: 10, height: 10, class: 'swatch' });
  s.appendChild(svg('rect', { width: 10, height: 10, fill: colour }));
  return s;
}

// ---------- map ----------

let world = null;

async function worldPaths() {
  if (world) return world;
  const response = await fetch('/assets/countries-110m.json');
  const topo = await response.json();
  world = topoPaths(topo, topo.objects.countries);
  return world;
}

const MAP_W = 720, MAP_H = 330;
function project(lon, lat) { return [(lon + 180) / 360 * MAP_W, (83.7 - lat) / 180 * (MAP_H * 180 / 142.3)]; }

/// TopoJSON to SVG path strings: arcs are delta-encoded integer positions scaled by the
/// transform; a ring lists arc indices, ~i meaning arc i reversed.
function topoPaths(topo, object) {
  const [sx, sy] = topo.transform.scale;
  const [tx, ty] = topo.transform.translate;
  const arcs = topo.arcs.map(arc => {
    let x = 0, y = 0;
    return arc.map(([dx, dy]) => { x += dx; y += dy; return [x * sx + tx, y * sy + ty]; });
  });
  const ring = indices => {
    const points = [];
    for (const i of indices) {
      const a = i < 0 ? arcs[~i].slice().reverse() : arcs[i];
      points.push(...(points.length ? a.slice(1) : a));
    }
    // A ring that crosses the antimeridian (Russia, Fiji) would draw a line across the whole
    // map: start a new piece where the longitude jumps by more than half the world.
    let d = '';
    points.forEach(([lon, lat], i) => {
      const jump = i > 0 && Math.abs(lon - points[i - 1][0]) > 180;
      d += (i === 0 || jump ? 'M' : 'L') + project(lon, lat).map(v => v.toFixed(1)).join(',');
    });
    return d + 'Z';
  };
  return object.geometries.map(g => {
    const polygons = g.type === 'Polygon' ? [g.arcs] : g.type === 'MultiPolygon' ? g.arcs : [];
    return { name: (g.properties && g.properties.name) || '', d: polygons.map(p => p.map(ring).join('')).join('') };
  });
}

async function drawMap() {
  const box = clear(document.getElementById('map'));
  const [paths, geo] = await Promise.all([worldPaths(), api('/api/geojson', { ...filters(), limit: 1000 })]);
  const map = svg('svg', { viewBox: `0 0 ${MAP_W} ${MAP_H}`, class: 'map', role: 'img' });
  map.appendChild(svg('rect', { width: MAP_W, height: MAP_H, class: 'sea' }));
  const countries = svg('g', { class: 'countries' });
  for (const p of paths) countries.appendChild(svg('path', { d: p.d, class: 'country' }, svg('title', {}, p.name)));
  map.appendChild(countries);
  const dots = svg('g', { class: 'dots' });
  for (const f of geo.features) {
    const [lon, lat] = f.geometry.coordinates;
    const [x, y] = project(lon, lat);
    const p = f.properties;
    const dot = svg('circle', {
      class: 'event-dot q' + p.quad_class, cx: x.toFixed(1), cy: y.toFixed(1),
      r: (2.5 + Math.sqrt(p.num_mentions || 1) * 1.5).toFixed(1),
    }, svg('title', {}, `${p.event_date} ${p.source_code || '---'} ${p.cameo} ${p.target_code || '---'} · ${p.place_name || ''} (${p.num_mentions} mentions)`));
    listen(dot, 'click', () => go({ ...filters(), event: p.agg_id }));
    dots.appendChild(dot);
  }
  map.appendChild(dots);
  box.appendChild(map);
  box.appendChild(el('div', { class: 'muted' }, `${geo.features.length} located events`));
  ready('map', geo.features.length);
}

// ---------- dyad network ----------

async function drawNetwork() {
  const box = clear(document.getElementById('network'));
  const { items } = await api('/api/dyads', { ...filters(), limit: 15 });
  const pairs = items.filter(d => d.source && d.target);
  if (pairs.length === 0) {
    box.appendChild(el('p', { class: 'muted' }, 'No dyads match.'));
    ready('network', 0);
    return;
  }
  const nodes = [...new Set(pairs.flatMap(d => [d.source, d.target]))];
  const W = 420, H = 330, R = 120, cx = W / 2, cy = H / 2;
  const pos = {};
  nodes.forEach((n, i) => {
    const a = 2 * Math.PI * i / nodes.length - Math.PI / 2;
    pos[n] = [cx + R * Math.cos(a), cy + R * Math.sin(a)];
  });
  const max = Math.max(...pairs.map(d => d.mentions));
  const net = svg('svg', { viewBox: `0 0 ${W} ${H}`, class: 'network', role: 'img' });
  net.appendChild(svg('defs', {}, svg('marker', {
    id: 'arrow', viewBox: '0 0 10 10', refX: 17, refY: 5, markerWidth: 8, markerHeight: 8,
    markerUnits: 'userSpaceOnUse', orient: 'auto',
  }, svg('path', { d: 'M0,0L10,5L0,10Z', class: 'arrowhead' }))));
  for (const d of pairs) {
    const [x1, y1] = pos[d.source];
    const [x2, y2] = pos[d.target];
    // Curve each edge to its right, so A→B and B→A stay apart.
    const mx = (x1 + x2) / 2 + (y2 - y1) * 0.15, my = (y1 + y2) / 2 - (x2 - x1) * 0.15;
    const edge = svg('path', {
      class: 'edge', d: `M${x1.toFixed(1)},${y1.toFixed(1)}Q${mx.toFixed(1)},${my.toFixed(1)} ${x2.toFixed(1)},${y2.toFixed(1)}`,
      'stroke-width': (1 + 5 * d.mentions / max).toFixed(1), 'marker-end': 'url(#arrow)',
    }, svg('title', {}, `${d.source} → ${d.target}: ${d.events} events, ${d.mentions} mentions`));
    listen(edge, 'click', () => go({ ...filters(), dyad: d.source + ',' + d.target }));
    net.appendChild(edge);
  }
  for (const n of nodes) {
    const [x, y] = pos[n];
    const g = svg('g', { class: 'node' });
    g.appendChild(svg('circle', { cx: x.toFixed(1), cy: y.toFixed(1), r: 6 }));
    g.appendChild(svg('text', { x: (x + (x < cx ? -9 : 9)).toFixed(1), y: (y + 4).toFixed(1), 'text-anchor': x < cx ? 'end' : 'start' }, n));
    listen(g, 'click', () => go({ ...filters(), actor: n, source: '', target: '' }));
    net.appendChild(g);
  }
  box.appendChild(net);
  ready('network', pairs.length);
}

// ---------- table ----------

let nextCursor = null;

async function drawTable(more) {
  const body = document.querySelector('#events tbody');
  if (!more) { clear(body); nextCursor = null; }
  const page = await api('/api/events', { ...filters(), limit: 50, cursor: more ? nextCursor : null });
  for (const e of page.items) {
    const row = el('tr', { class: 'event-row' },
      el('td', {}, e.event_date),
      el('td', {}, actorCell(e.source_code, e.source_text)),
      el('td', { title: CAMEO_ROOTS[e.cameo_root] || '' }, e.cameo, ' ', el('span', { class: 'muted' }, CAMEO_ROOTS[e.cameo_root] || '')),
      el('td', {}, actorCell(e.target_code, e.target_text)),
      el('td', {}, [e.place_name, e.country].filter(Boolean).join(', ')),
      el('td', { class: 'num' }, e.num_mentions),
      el('td', { class: 'num' }, e.num_articles),
      el('td', { class: 'num' }, e.confidence === undefined || e.confidence === null ? '' : Number(e.confidence).toFixed(2)));
    listen(row, 'click', () => go({ ...filters(), event: e.agg_id }));
    body.appendChild(row);
  }
  nextCursor = page.next_cursor;
  const button = document.getElementById('more');
  button.hidden = !nextCursor;
  document.getElementById('event-count').textContent = `${body.children.length} shown`;
  ready('table', body.children.length);
}

function actorCell(code, name) {
  return [el('code', {}, code || '---'), name ? el('span', { class: 'muted' }, ' ' + name) : null];
}

// ---------- event page ----------

function plural(n, word) { return `${n} ${word}${n === 1 ? '' : 's'}`; }

function badge(cls, text, title) { return el('span', { class: 'badge ' + cls, title }, text); }

function sentence(segments) {
  return el('blockquote', { class: 'sentence' }, segments.map(s => s.role
    ? el('mark', { class: 'hl hl-' + s.role, title: s.role + (s.label ? ': ' + s.label : '') }, s.text)
    : s.text));
}

async function drawEvent(id) {
  const detail = document.getElementById('detail');
  const e = await api('/api/events/' + encodeURIComponent(id));
  const back = link(filters(), '← all events', 'back');
  detail.appendChild(back);
  detail.appendChild(el('h1', { class: 'event-title' },
    el('code', {}, e.source_code || '---'), ' ', e.source_text || '', ' → ',
    el('code', {}, e.cameo), ' ', CAMEO_ROOTS[e.cameo_root] || '', ' → ',
    el('code', {}, e.target_code || '---'), ' ', e.target_text || ''));
  detail.appendChild(el('p', { class: 'event-summary' },
    badge('quad q' + e.quad_class, QUAD[e.quad_class] || 'QuadClass ' + e.quad_class),
    badge('goldstein', 'Goldstein ' + e.goldstein),
    ` ${e.event_date} · ${[e.place_name, e.admin1, e.country].filter(Boolean).join(', ') || 'place unknown'} · `,
    `${plural(e.num_mentions, 'mention')} in ${plural(e.num_articles, 'article')} from ${plural(e.num_sources, 'outlet')}`));
  for (const m of e.mentions) detail.appendChild(mentionCard(m));
  if (e.mentions_total > e.mentions.length) {
    detail.appendChild(el('p', { class: 'muted' }, `${e.mentions_total - e.mentions.length} more mentions not shown`));
  }
  ready('event', e.mentions.length);
}

function mentionCard(m) {
  const card = el('article', { class: 'mention' });
  const url = safeUrl(m.url);
  card.appendChild(el('h3', {},
    url ? el('a', { href: url, rel: 'noopener noreferrer', target: '_blank', class: 'article-link' }, m.title || m.doc_id)
      : (m.title || m.doc_id),
    el('span', { class: 'muted' }, ' ' + [m.source, m.published && m.published.slice(0, 10)].filter(Boolean).join(' · '))));
  card.appendChild(sentence(m.segments));
  const badges = el('div', { class: 'badges' });
  if (m.modality) {
    badges.appendChild(badge('modality modality-' + m.modality.kind, m.modality.kind,
      'modality' + (m.modality.cues && m.modality.cues.length ? ', cues: ' + m.modality.cues.join(', ') : '')));
  }
  if (m.negated) badges.appendChild(badge('negated', 'negated'));
  badges.appendChild(badge('confidence', 'confidence ' + Number(m.confidence).toFixed(2)));
  if (m.plover_type) badges.appendChild(badge('plover', m.plover_type + (m.plover_mode ? ' / ' + m.plover_mode : '')));
  m.attribution.forEach((a, i) => {
    badges.appendChild(badge('attribution', (i === 0 ? 'says: ' : 'relayed by: ') + a.text,
      [a.kind, 'cue “' + a.cue + '”', a.code].filter(Boolean).join(' · ')));
  });
  if (m.attribution.length === 0) badges.appendChild(badge('attribution none', 'no attribution'));
  card.appendChild(badges);
  const facts = el('dl', { class: 'facts' });
  const loc = m.location;
  facts.appendChild(el('dt', {}, 'place'));
  facts.appendChild(el('dd', {}, loc
    ? [`${loc.place.name}, ${loc.place.country} `, el('span', { class: 'method' }, 'chosen by: ' + loc.method)]
    : 'none'));
  facts.appendChild(el('dt', {}, 'date'));
  facts.appendChild(el('dd', {}, m.date
    ? [`${m.date.date} (${m.date.granularity}, ${m.date.tense}) `, el('span', { class: 'method' }, 'chosen by: ' + m.date.method)]
    : 'none'));
  facts.appendChild(el('dt', {}, 'article'));
  facts.appendChild(el('dd', {}, link({ doc: m.doc_id, mention: m.sentence }, 'coded text of the article', 'doc-link')));
  card.appendChild(facts);
  card.appendChild(el('h4', {}, 'Dictionary lines that fired'));
  card.appendChild(el('ul', { class: 'provenance' }, m.provenance.map(p =>
    el('li', {}, el('span', { class: 'role' }, p.role), ' ', el('code', {}, `${p.file}:${p.line}`),
      p.text ? el('pre', {}, p.text.replace(/\s+/g, ' ')) : null))));
  return card;
}

// ---------- document page ----------

async function drawDocument(id, sentenceIndex) {
  const detail = document.getElementById('detail');
  const d = await api('/api/documents/' + encodeURIComponent(id));
  detail.appendChild(link(filters(), '← all events', 'back'));
  const url = safeUrl(d.url);
  detail.appendChild(el('h1', { class: 'doc-title' }, d.title || d.id));
  detail.appendChild(el('p', { class: 'muted' },
    [d.source, d.published].filter(Boolean).join(' · '), ' ',
    url ? el('a', { href: url, rel: 'noopener noreferrer', target: '_blank' }, 'original') : null));
  detail.appendChild(el('p', { class: 'legend' }, badge('hl-actor', 'actor'), ' ', badge('hl-verb', 'event verb'), ' ', badge('hl-place', 'place')));
  const text = el('div', { class: 'doc-text' });
  for (const s of d.sentences) {
    const p = el('span', { class: 'doc-sentence' + (String(s.index) === sentenceIndex ? ' current' : '') },
      s.segments.map(seg => seg.role
        ? el('mark', { class: 'hl hl-' + seg.role, title: seg.label || seg.role }, seg.text)
        : seg.text), ' ');
    text.appendChild(p);
  }
  detail.appendChild(text);
  detail.appendChild(el('h4', {}, 'Events coded from this article'));
  detail.appendChild(el('ul', {}, d.events.map(e =>
    el('li', {}, el('code', {}, e.coding), ` sentence ${e.sentence}`,
      e.modality ? ' · ' + e.modality : '', e.plover_type ? ' · ' + e.plover_type : ''))));
  ready('document', d.sentences.length);
}

// ---------- start ----------

document.addEventListener('DOMContentLoaded', () => {
  setupForm();
  listen(document.getElementById('more'), 'click', () => guarded('table', () => drawTable(true)));
  route();
});
