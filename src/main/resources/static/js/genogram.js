import { getJson, escapeHtml, childIdFromPath, showError, words, humanise } from './common.js';

const SVG = 'http://www.w3.org/2000/svg';
const HALF = 20;
const MARKS = { requested: 'R', in_progress: 'I', positive: 'P', negative: 'N', withdrawn: 'W', none: '' };
const svg = document.getElementById('genogram');
const message = document.getElementById('message');
const childId = childIdFromPath();
let view = { x: 0, y: 0, w: 800, h: 600 };
let data = null;

function el(name, attributes = {}, parent = svg) {
  const node = document.createElementNS(SVG, name);
  for (const [k, v] of Object.entries(attributes)) node.setAttribute(k, v);
  parent.appendChild(node);
  return node;
}

function dash(type) {
  if (type === 'cohabiting') return '8 5';
  if (type === 'other' || type === 'unrecorded') return '2 4';
  return null;
}

function lineStyle(attrs, dashed) {
  const a = { stroke: '#1d2433', 'stroke-width': 2, fill: 'none', ...attrs };
  if (dashed) a['stroke-dasharray'] = dashed;
  return a;
}

function drawPartner(group, p) {
  const d = p.lowered
    ? `M ${p.x1 - HALF} ${p.y - HALF - 12 + HALF} V ${p.y} H ${p.x2 + HALF} V ${p.y - 12}`
    : `M ${p.x1} ${p.y} H ${p.x2}`;
  el('path', lineStyle({ d, class: 'partner-line', 'data-a': p.a, 'data-b': p.b }, dash(p.type)), group);
  const slashes = p.status === 'separated' ? 1 : (p.status === 'divorced' || p.status === 'dissolved') ? 2 : 0;
  const mid = (p.x1 + p.x2) / 2;
  for (let i = 0; i < slashes; i++) {
    const dx = (i - (slashes - 1) / 2) * 8;
    el('line', lineStyle({ x1: mid + dx - 5, y1: p.y + 9, x2: mid + dx + 5, y2: p.y - 9 }), group);
  }
}

function drawSibship(group, s) {
  el('path', lineStyle({ d: `M ${s.originX} ${s.originY} V ${s.barY}`, class: 'descent-line' }), group);
  el('path', lineStyle({ d: `M ${s.barX1} ${s.barY} H ${s.barX2}`, class: 'sibship-bar' }), group);
  for (const c of s.children) {
    const dashed = c.type && c.type !== 'birth' ? '6 4' : null;
    el('path', lineStyle({ d: `M ${c.fromX} ${s.barY} L ${c.x} ${c.y}`, class: 'child-line', 'data-child': c.child }, dashed), group);
  }
}

function drawSymbol(group, p) {
  const g = el('g', { class: 'person', role: 'button', tabindex: '0', 'data-id': p.id,
    'aria-label': `${p.name}${p.relationship ? ', ' + p.relationship : ''}${p.closeRelative ? ' (close relative, s105)' : ''}${p.age != null ? ', ' + p.age : ''}${p.deceased ? ', deceased' : ''}, ${words[p.assessmentStatus]}${p.riskToChildren ? ', flagged as a risk to children' : ''}${p.index ? ', the child this genogram is for' : ''}` }, group);
  const fill = `var(--${p.assessmentStatus})`;
  const shape = (inset) => {
    const h = HALF - inset;
    if (p.sex === 'male') return el('rect', { x: p.x - h, y: p.y - h, width: 2 * h, height: 2 * h, fill: inset ? 'none' : fill, stroke: '#1d2433', 'stroke-width': 2 }, g);
    if (p.sex === 'female') return el('circle', { cx: p.x, cy: p.y, r: h, fill: inset ? 'none' : fill, stroke: '#1d2433', 'stroke-width': 2 }, g);
    return el('path', { d: `M ${p.x} ${p.y - h} L ${p.x + h} ${p.y} L ${p.x} ${p.y + h} L ${p.x - h} ${p.y} Z`, fill: inset ? 'none' : fill, stroke: '#1d2433', 'stroke-width': 2 }, g);
  };
  shape(0).setAttribute('class', `symbol sex-${p.sex || 'unknown'} status-${p.assessmentStatus}`);
  if (p.index) shape(5);
  if (MARKS[p.assessmentStatus]) {
    el('text', { x: p.x, y: p.y + 5, 'text-anchor': 'middle', 'font-size': 14, 'font-weight': 700, class: 'status-mark' }, g).textContent = MARKS[p.assessmentStatus];
  }
  if (p.deceased) {
    el('line', { x1: p.x - HALF, y1: p.y - HALF, x2: p.x + HALF, y2: p.y + HALF, stroke: '#1d2433', 'stroke-width': 2 }, g);
    el('line', { x1: p.x + HALF, y1: p.y - HALF, x2: p.x - HALF, y2: p.y + HALF, stroke: '#1d2433', 'stroke-width': 2 }, g);
  }
  if (p.riskToChildren) {
    el('path', { d: `M ${p.x + HALF - 2} ${p.y - HALF - 14} l 9 15 h -18 z`, fill: '#b91c1c', class: 'risk-flag' }, g);
    el('text', { x: p.x + HALF - 2, y: p.y - HALF - 1, 'text-anchor': 'middle', 'font-size': 11, fill: '#fff', 'font-weight': 700 }, g).textContent = '!';
  }
  if (p.closeRelative) {
    el('rect', { x: p.x - HALF - 16, y: p.y + HALF - 12, width: 26, height: 13, rx: 3, fill: '#14325c', class: 's105' }, g);
    el('text', { x: p.x - HALF - 3, y: p.y + HALF - 2, 'text-anchor': 'middle', 'font-size': 9, fill: '#fff', 'font-weight': 700 }, g).textContent = 's105';
  }
  const label = el('text', { x: p.x, y: p.y + HALF + 15, 'text-anchor': 'middle', 'font-size': 12, class: 'name' }, g);
  label.textContent = p.name.split(' ')[0] + (p.age != null ? ` (${p.age})` : '');
  if (p.connection) {
    el('text', { x: p.x, y: p.y + HALF + 29, 'text-anchor': 'middle', 'font-size': 11, fill: '#5b6475' }, g).textContent = humanise(p.connection);
  }
  el('title', {}, g).textContent = g.getAttribute('aria-label');
  g.addEventListener('click', () => select(p));
  g.addEventListener('keydown', e => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); select(p); } });
}

function draw() {
  svg.replaceChildren();
  const lines = el('g', { class: 'lines' });
  const boundaries = el('g', { class: 'households' });
  for (const h of data.households) {
    const style = { fill: 'none', stroke: h.carerHousehold ? '#1f5fa8' : '#7c3aed', 'stroke-width': 1.5, 'stroke-dasharray': '4 3', class: 'household' };
    if (h.box) {
      el('rect', { ...style, x: h.x1, y: h.y1, width: h.x2 - h.x1, height: h.y2 - h.y1, rx: 14 }, boundaries);
    } else {
      for (const id of h.members) {
        const s = [...data.symbols, ...data.connected].find(x => x.id === id);
        el('circle', { ...style, cx: s.x, cy: s.y, r: HALF + 9 }, boundaries);
      }
    }
  }
  data.partnerLines.forEach(p => drawPartner(lines, p));
  data.sibships.forEach(s => drawSibship(lines, s));
  for (const l of data.extraLinks) {
    el('path', lineStyle({ d: `M ${l.x1} ${l.y1} L ${l.x2} ${l.y2}`, class: 'extra-line' }, '6 4'), lines);
  }
  const people = el('g', { class: 'people' });
  data.symbols.forEach(p => drawSymbol(people, p));
  if (data.connected.length) {
    const y = data.connected[0].y - HALF - 22;
    el('text', { x: 10, y, 'font-size': 13, 'font-weight': 600, fill: '#5b6475' }, people).textContent = 'Connected persons';
    data.connected.forEach(p => drawSymbol(people, p));
  }
  fit();
}

function setView() {
  svg.setAttribute('viewBox', `${view.x} ${view.y} ${view.w} ${view.h}`);
}

function fit() {
  view = { x: 0, y: 0, w: Math.max(data.width, 300), h: Math.max(data.height, 200) };
  setView();
}

function zoom(factor, cx = view.x + view.w / 2, cy = view.y + view.h / 2) {
  view = { x: cx - (cx - view.x) * factor, y: cy - (cy - view.y) * factor, w: view.w * factor, h: view.h * factor };
  setView();
}

async function select(p) {
  const details = document.getElementById('details');
  svg.querySelectorAll('.person').forEach(g => g.removeAttribute('aria-pressed'));
  svg.querySelector(`.person[data-id="${CSS.escape(p.id)}"]`)?.setAttribute('aria-pressed', 'true');
  try {
    const person = await getJson(`/api/persons/${encodeURIComponent(p.id)}`);
    const contact = person.contactDetails
      ? [person.contactDetails.phone, person.contactDetails.email, person.contactDetails.address].filter(Boolean).join(', ')
      : person.doNotContact ? '' : 'none recorded'; // withheld from this reader: doNotContact says so (family finding)
    const households = person.households.map(h => `${escapeHtml(h.name)} (${escapeHtml(h.role)})`).join(', ') || 'none recorded';
    details.innerHTML = `<dl class="details">
      <dt>Name</dt><dd id="detail-name">${escapeHtml(person.name)}</dd>
      <dt>Born</dt><dd>${escapeHtml(person.birthDate || 'not recorded')}${person.age != null ? ` (${person.deceased ? 'died at ' : 'age '}${person.age})` : ''}</dd>
      <dt>Relationship</dt><dd>${escapeHtml(p.index ? 'the child this genogram is for' : (p.relationship || 'not worked out'))}${p.closeRelative ? ' (close relative, s105)' : ''}</dd>
      ${p.connection ? `<dt>Connection</dt><dd>${escapeHtml(humanise(p.connection))}</dd>` : ''}
      <dt>Assessment</dt><dd>${escapeHtml(words[p.assessmentStatus])}${p.assessmentType ? ' (' + escapeHtml(humanise(p.assessmentType)) + ')' : ''}</dd>
      <dt>Risk</dt><dd>${person.riskToChildren ? '<strong>Flagged as a risk to children</strong>' + (person.riskNote ? ': ' + escapeHtml(person.riskNote) : '') : 'none recorded'}</dd>
      <dt>Contact</dt><dd>${escapeHtml(contact)}${person.doNotContact ? ` <strong class="flag">${escapeHtml(person.doNotContact)}</strong>` : ''}</dd>
      <dt>Lives in</dt><dd>${households}</dd>
      <dt>Looked after</dt><dd>${person.lookedAfter ? 'yes' : 'no'}</dd>
    </dl>
    <p><a href="/api/persons/${encodeURIComponent(p.id)}">All recorded links (JSON)</a></p>`;
    document.dispatchEvent(new CustomEvent('genogram:selected', { detail: { person, people: [...data.symbols, ...data.connected] } }));
  } catch (error) {
    showError(details, error);
  }
}

function legend() {
  const entries = [
    ['<rect x="7" y="2" width="20" height="20" fill="#fff" stroke="#1d2433" stroke-width="2"/>', 'male'],
    ['<circle cx="17" cy="12" r="10" fill="#fff" stroke="#1d2433" stroke-width="2"/>', 'female'],
    ['<path d="M17 1 L28 12 L17 23 L6 12 Z" fill="#fff" stroke="#1d2433" stroke-width="2"/>', 'sex not recorded'],
    ['<circle cx="17" cy="12" r="10" fill="#fff" stroke="#1d2433" stroke-width="2"/><circle cx="17" cy="12" r="6" fill="none" stroke="#1d2433" stroke-width="2"/>', 'the child this genogram is for'],
    ['<rect x="7" y="2" width="20" height="20" fill="#fff" stroke="#1d2433" stroke-width="2"/><path d="M7 2 L27 22 M27 2 L7 22" stroke="#1d2433" stroke-width="2"/>', 'deceased'],
    ['<path d="M8 20 l9 -16 l9 16 z" fill="#b91c1c"/>', 'flagged as a risk to children'],
    ['<rect x="3" y="6" width="28" height="13" rx="3" fill="#14325c"/><text x="17" y="16" text-anchor="middle" font-size="9" font-weight="700" fill="#fff">s105</text>', 'close relative (Children Act 1989 s105)'],
    ...Object.entries(MARKS).map(([status, mark]) =>
      [`<rect x="7" y="2" width="20" height="20" fill="var(--${status})" stroke="#1d2433" stroke-width="2"/><text x="17" y="17" text-anchor="middle" font-size="12" font-weight="700">${mark}</text>`, `assessment: ${words[status]}`]),
    ['<path d="M2 12 H32" stroke="#1d2433" stroke-width="2"/>', 'married or civil partners'],
    ['<path d="M2 12 H32" stroke="#1d2433" stroke-width="2" stroke-dasharray="8 5"/>', 'cohabiting'],
    ['<path d="M2 12 H32 M12 20 L22 4" stroke="#1d2433" stroke-width="2"/>', 'separated (one slash)'],
    ['<path d="M2 12 H32 M9 20 L19 4 M16 20 L26 4" stroke="#1d2433" stroke-width="2"/>', 'divorced (two slashes)'],
    ['<path d="M17 2 V22" stroke="#1d2433" stroke-width="2" stroke-dasharray="6 4"/>', 'adopted, fostered or other care'],
    ['<rect x="3" y="3" width="28" height="18" rx="6" fill="none" stroke="#7c3aed" stroke-dasharray="4 3"/>', 'household'],
  ];
  document.getElementById('legend').innerHTML = entries
    .map(([shape, text]) => `<svg viewBox="0 0 34 24" aria-hidden="true">${shape}</svg><span>${escapeHtml(text)}</span>`).join('');
}

function table() {
  const body = document.querySelector('#people tbody');
  body.innerHTML = [...data.symbols, ...data.connected].map(p => `<tr>
    <td>${escapeHtml(p.name)}${p.index ? ' <span class="pill">this child</span>' : ''}</td>
    <td>${escapeHtml(p.relationship || '')}${p.closeRelative ? ' <span class="pill">s105</span>' : ''}</td>
    <td>${p.age ?? ''}</td>
    <td>${escapeHtml(words[p.assessmentStatus])}${p.assessmentType ? ' (' + escapeHtml(humanise(p.assessmentType)) + ')' : ''}</td>
    <td>${[p.deceased ? 'deceased' : '', p.riskToChildren ? 'flagged as a risk to children' : '', p.connection ? humanise(p.connection) : ''].filter(Boolean).join('; ')}</td>
  </tr>`).join('');
}

function exportSvg() {
  const copy = svg.cloneNode(true);
  copy.setAttribute('viewBox', `0 0 ${data.width} ${data.height}`);
  copy.setAttribute('width', data.width);
  copy.setAttribute('height', data.height);
  const css = getComputedStyle(document.documentElement);
  copy.querySelectorAll('[fill^="var("]').forEach(n => n.setAttribute('fill', css.getPropertyValue(n.getAttribute('fill').slice(4, -1)).trim()));
  const blob = new Blob([new XMLSerializer().serializeToString(copy)], { type: 'image/svg+xml' });
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = `genogram-${childId}.svg`;
  a.click();
  URL.revokeObjectURL(a.href);
}

async function load(hops) {
  try {
    data = await getJson(`/api/children/${encodeURIComponent(childId)}/genogram?hops=${hops}`);
    document.getElementById('title').textContent = `Genogram of ${data.childName}`;
    document.title = `kinmap: genogram of ${data.childName}`;
    message.textContent = '';
    draw();
    table();
  } catch (error) {
    showError(message, error);
  }
}

let drag = null;
svg.addEventListener('pointerdown', e => { if (!e.target.closest('.person')) { drag = { x: e.clientX, y: e.clientY }; svg.setPointerCapture(e.pointerId); } });
svg.addEventListener('pointermove', e => {
  if (!drag) return;
  const scale = view.w / svg.clientWidth;
  view.x -= (e.clientX - drag.x) * scale;
  view.y -= (e.clientY - drag.y) * scale;
  drag = { x: e.clientX, y: e.clientY };
  setView();
});
svg.addEventListener('pointerup', () => { drag = null; });
svg.addEventListener('wheel', e => { e.preventDefault(); zoom(e.deltaY > 0 ? 1.15 : 1 / 1.15); }, { passive: false });
document.getElementById('zoom-in').addEventListener('click', () => zoom(1 / 1.25));
document.getElementById('zoom-out').addEventListener('click', () => zoom(1.25));
document.getElementById('zoom-fit').addEventListener('click', fit);
document.getElementById('export').addEventListener('click', exportSvg);
document.getElementById('print').addEventListener('click', () => window.print());
document.getElementById('hops').addEventListener('change', e => load(e.target.value));

const cid = encodeURIComponent(childId);
document.getElementById('child-views').innerHTML = `<a href="/children/${cid}/relatives">Relatives work list</a> · <a href="/children/${cid}/matches">Carer shortlist</a>`;
legend();
load(document.getElementById('hops').value);
// Casework (network-edits.js) asks for the drawing again after a save, and for the card it changed.
document.addEventListener('genogram:reload', async e => {
  await load(document.getElementById('hops').value);
  const p = data && [...data.symbols, ...data.connected].find(s => s.id === e.detail?.select);
  if (p) select(p);
});
