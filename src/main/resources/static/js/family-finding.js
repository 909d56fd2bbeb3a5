// The family-finding log on the relatives work list (docs/family-finding.md): the re-search prompt at the top, each
// relative's last contact, next step and marks in the work list, and per relative the log (contact attempts, how
// found, stated wish, do not contact) with forms to record them. relatives.js announces each work list it draws
// ('kinmap:work-list'); this file adds to it. Errors are shown next to their field and summarised above the form.
import { getJson, escapeHtml, childIdFromPath, csrfHeaders, showError } from './common.js';

const childId = childIdFromPath();
const id = encodeURIComponent(childId);
const MODES = [['phone', 'Phone'], ['letter', 'Letter'], ['email', 'E-mail'], ['visit', 'Visit']];
const OUTCOMES = [['no_answer', 'No answer'], ['reached', 'Reached'], ['declined', 'Declined'],
  ['interested_in_caring', 'Interested in caring'], ['offers_support_not_care', 'Offers support but not care'],
  ['not_suitable', 'Not suitable']];
const FOUND = [['', 'Not recorded'], ['named_by_parent', 'Named by a parent'], ['named_by_child', 'Named by the child'],
  ['family_group_conference', 'Family group conference'], ['records_search', 'Records search'],
  ['genogram_session', 'Genogram session']];

let work = null;
let writer = false;
/** After a save: the relative whose log stays open, and what the status line says, once the work list is redrawn. */
let reopen = null;
let announce = null;

/** Sends a change; a refusal throws an Error carrying the problem's field errors. */
async function send(method, url, body) {
  const response = await fetch(url, {
    method,
    headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'X-Requested-With': 'kinmap-page', ...csrfHeaders() },
    body: JSON.stringify(body),
  });
  const answer = await response.json().catch(() => ({}));
  if (!response.ok) {
    const error = new Error(answer.detail || answer.title || `The server answered ${response.status}`);
    error.fields = answer.errors || [];
    throw error;
  }
  return answer;
}

const options = (list, selected) => list.map(([code, label]) =>
  `<option value="${code}"${code === (selected || '') ? ' selected' : ''}>${escapeHtml(label)}</option>`).join('');

function lastContact(o) {
  if (!o || !o.lastContact) return '<span class="muted">none</span>';
  const c = o.lastContact;
  return `<span class="last-contact">${escapeHtml(c.on)}, ${escapeHtml(c.modeLabel)}: ${escapeHtml(c.outcomeLabel)}</span>`;
}

function nextStep(o) {
  return o && o.nextStep ? `<span class="next-step">${escapeHtml(o.nextStep)} by ${escapeHtml(o.nextStepOn)}</span>`
    : '<span class="muted">none set</span>';
}

const marks = o => (o && o.marks || []).map(m =>
  `<span class="pill mark-${escapeHtml(m.code)}"><span aria-hidden="true">⚑</span> ${escapeHtml(m.words)}</span>`).join(' ');

/** The work list's candidates table gains two columns: last contact (with marks) and next step. */
function addColumns(list) {
  const table = document.getElementById('candidates-table');
  if (!table) return;
  const head = table.querySelector('thead tr');
  if (!head.querySelector('.ff-col')) {
    head.insertAdjacentHTML('beforeend', '<th scope="col" class="ff-col">Last contact</th><th scope="col" class="ff-col">Next step</th>');
  }
  for (const c of list.candidates) {
    const row = table.querySelector(`tr.candidate[data-person="${CSS.escape(c.personId)}"]`);
    if (!row) continue;
    row.querySelectorAll('td.ff-cell').forEach(td => td.remove());
    row.insertAdjacentHTML('beforeend', `<td class="ff-cell ff-last">${lastContact(c.outreach)}<div>${marks(c.outreach)}</div></td>
      <td class="ff-cell ff-next">${nextStep(c.outreach)}</td>`);
  }
}

function searchPrompt(list) {
  const box = document.getElementById('re-search');
  const s = list.search;
  if (!s) { box.innerHTML = ''; return; }
  const last = s.lastSearched ? `The network was last searched on ${escapeHtml(s.lastSearched)} (${escapeHtml((s.lastSearchKind || '').replace(/_/g, ' '))}).`
    : 'No search of the network is recorded.';
  box.innerHTML = s.reSearchDue
    ? `<p class="notice" id="re-search-due"><strong>Re-search due.</strong> ${escapeHtml(s.reSearchReason)}</p>`
    : `<p class="muted" id="last-searched">${last}</p>`;
}

function doNotContact(list) {
  const box = document.getElementById('do-not-contact');
  box.innerHTML = !list.doNotContact.length ? '<p>No one in the network is marked do not contact.</p>'
    : `<table id="do-not-contact-table"><caption>Never proposed for outreach; shown so that no one approaches them by mistake</caption>
      <thead><tr><th scope="col">Name</th><th scope="col">Relationship</th><th scope="col">Why</th></tr></thead>
      <tbody>${list.doNotContact.map(p => `<tr data-person="${escapeHtml(p.personId)}"><th scope="row">
        <span class="flag"><span aria-hidden="true">⛔</span> do not contact</span> ${escapeHtml(p.name)}</th>
        <td>${escapeHtml(p.relationship)}</td><td>${escapeHtml(p.note)}</td></tr>`).join('')}</tbody></table>`;
}

function field(key, label, input, hint) {
  return `<div class="ff-field" data-field="${key}">
    <label for="${key}">${escapeHtml(label)}</label>${hint ? `<div class="muted small" id="${key}-hint">${escapeHtml(hint)}</div>` : ''}
    <p class="field-error" id="${key}-error" hidden></p>${input}</div>`;
}

function contactForm(n, personId) {
  const k = name => `ff-${n}-contact-${name}`;
  return `<form class="form ff-form ff-contact" data-person="${escapeHtml(personId)}" novalidate>
    <h3>Record a contact attempt</h3><div class="ff-summary" role="alert" hidden></div>
    ${field(k('on'), 'Date', `<input type="date" id="${k('on')}" name="on" required>`)}
    ${field(k('mode'), 'How', `<select id="${k('mode')}" name="mode">${options(MODES)}</select>`)}
    ${field(k('outcome'), 'Outcome', `<select id="${k('outcome')}" name="outcome">${options(OUTCOMES)}</select>`)}
    ${field(k('note'), 'Note', `<textarea id="${k('note')}" name="note" rows="2" maxlength="4000"></textarea>`)}
    ${field(k('nextStep'), 'Next step', `<input type="text" id="${k('nextStep')}" name="nextStep" maxlength="500">`)}
    ${field(k('nextStepOn'), 'Next step by', `<input type="date" id="${k('nextStepOn')}" name="nextStepOn">`)}
    <button type="submit">Record the contact</button></form>`;
}

function entryForm(n, personId, r) {
  const k = name => `ff-${n}-entry-${name}`;
  return `<form class="form ff-form ff-entry" data-person="${escapeHtml(personId)}" novalidate>
    <h3>How found, wish and do not contact</h3><div class="ff-summary" role="alert" hidden></div>
    ${field(k('foundThrough'), 'How found', `<select id="${k('foundThrough')}" name="foundThrough">${options(FOUND, r && r.foundThrough)}</select>`)}
    ${field(k('foundWhere'), 'Where found', `<input type="text" id="${k('foundWhere')}" name="foundWhere" maxlength="500" value="${escapeHtml(r && r.foundWhere)}">`)}
    ${field(k('foundOn'), 'Found on', `<input type="date" id="${k('foundOn')}" name="foundOn" value="${escapeHtml(r && r.foundOn)}">`)}
    ${field(k('wish'), 'Their stated wish', `<textarea id="${k('wish')}" name="wish" rows="2" maxlength="4000">${escapeHtml(r && r.wish)}</textarea>`)}
    ${field(k('wishOn'), 'Wish stated on', `<input type="date" id="${k('wishOn')}" name="wishOn" value="${escapeHtml(r && r.wishOn)}">`)}
    ${field(k('doNotContact'), 'Do not contact', `<input type="checkbox" id="${k('doNotContact')}" name="doNotContact"${r && r.doNotContact ? ' checked' : ''}>`)}
    ${field(k('doNotContactReason'), 'Reason not to contact', `<textarea id="${k('doNotContactReason')}" name="doNotContactReason" rows="2" maxlength="4000">${escapeHtml(r && r.doNotContactReason)}</textarea>`, 'Needed with do not contact, for example a domestic abuse risk to the parent.')}
    <button type="submit">Save</button></form>`;
}

function history(r) {
  if (!r || !r.contacts.length) return '<p class="muted">No contact attempt recorded.</p>';
  return `<table class="ff-contacts"><caption>Contact attempts, latest first</caption>
    <thead><tr><th scope="col">Date</th><th scope="col">How</th><th scope="col">Outcome</th><th scope="col">Note</th><th scope="col">Next step</th><th scope="col">Recorded by</th></tr></thead>
    <tbody>${r.contacts.map(c => `<tr><td>${escapeHtml(c.on)}</td><td>${escapeHtml(c.modeLabel)}</td><td>${escapeHtml(c.outcomeLabel)}</td>
      <td>${escapeHtml(c.note || '')}</td><td>${c.nextStep ? `${escapeHtml(c.nextStep)} by ${escapeHtml(c.nextStepOn)}` : ''}</td>
      <td>${escapeHtml(c.recordedBy || '')}</td></tr>`).join('')}</tbody></table>`;
}

function facts(r) {
  if (!r) return '';
  const rows = [];
  if (r.foundThroughLabel || r.foundWhere) rows.push(['How found', [r.foundThroughLabel, r.foundWhere, r.foundOn].filter(Boolean).join(', ')]);
  if (r.wish) rows.push(['Stated wish', r.wish + (r.wishOn ? ` (${r.wishOn})` : '')]);
  if (r.doNotContact) rows.push(['Do not contact', r.doNotContactNote]);
  return rows.length ? `<dl class="details">${rows.map(([t, d]) => `<dt>${escapeHtml(t)}</dt><dd>${escapeHtml(d)}</dd>`).join('')}</dl>` : '';
}

function logs(list, log) {
  const byPerson = new Map(log.relatives.map(r => [r.personId, r]));
  const people = [...list.candidates, ...list.doNotContact];
  for (const r of log.relatives) if (!people.some(p => p.personId === r.personId)) people.push({ personId: r.personId, name: r.name });
  const box = document.getElementById('family-finding');
  if (!people.length) { box.innerHTML = '<p>No relative to contact.</p>'; return; }
  box.innerHTML = people.map((p, n) => {
    const r = byPerson.get(p.personId);
    return `<details class="ff-relative" data-person="${escapeHtml(p.personId)}">
      <summary>Family-finding log for ${escapeHtml(p.name)}${r ? ` <span class="muted small">(${r.contacts.length} ${r.contacts.length === 1 ? 'attempt' : 'attempts'})</span>` : ''}</summary>
      ${facts(r)}${history(r)}
      ${writer ? `<div class="ff-forms">${contactForm(n, p.personId)}${entryForm(n, p.personId, r)}</div>`
        : '<p class="muted small">Only the child\'s social workers record family finding.</p>'}
    </details>`;
  }).join('');
}

function value(form, name) {
  const input = form.elements[name];
  if (!input) return undefined;
  if (input.type === 'checkbox') return input.checked;
  return input.value.trim() === '' ? null : input.value;
}

function clearErrors(form) {
  form.querySelectorAll('.field-error').forEach(p => { p.hidden = true; p.textContent = ''; });
  form.querySelectorAll('[aria-invalid]').forEach(i => { i.removeAttribute('aria-invalid'); i.removeAttribute('aria-describedby'); });
  const summary = form.querySelector('.ff-summary');
  summary.hidden = true;
  summary.innerHTML = '';
}

function showErrors(form, error) {
  const summary = form.querySelector('.ff-summary');
  const items = [];
  for (const e of error.fields.length ? error.fields : [{ pointer: '', message: error.message }]) {
    const name = e.pointer.replace(/^\//, '').split('/')[0];
    const input = name ? form.elements[name] : null;
    if (input && input.id) {
      const p = document.getElementById(`${input.id}-error`);
      p.textContent = e.message;
      p.hidden = false;
      input.setAttribute('aria-invalid', 'true');
      input.setAttribute('aria-describedby', p.id);
      items.push(`<li><a href="#${input.id}">${escapeHtml(e.message)}</a></li>`);
    } else {
      items.push(`<li>${escapeHtml(e.message)}</li>`);
    }
  }
  summary.innerHTML = `<p><strong>Nothing was recorded.</strong></p><ul>${items.join('')}</ul>`;
  summary.hidden = false;
  summary.querySelector('a, p').focus?.();
}

async function submit(event) {
  const form = event.target.closest('form.ff-form');
  if (!form) return;
  event.preventDefault();
  clearErrors(form);
  const person = encodeURIComponent(form.dataset.person);
  const contact = form.classList.contains('ff-contact');
  const names = contact ? ['on', 'mode', 'outcome', 'note', 'nextStep', 'nextStepOn']
    : ['foundThrough', 'foundWhere', 'foundOn', 'wish', 'wishOn', 'doNotContact', 'doNotContactReason'];
  const body = Object.fromEntries(names.map(n => [n, value(form, n)]));
  try {
    await send(contact ? 'POST' : 'PUT', `/api/children/${id}/family-finding/relatives/${person}${contact ? '/contacts' : ''}`, body);
    reopen = form.dataset.person;
    announce = contact ? 'The contact attempt was recorded.' : 'The log entry was saved.';
    document.dispatchEvent(new CustomEvent('kinmap:reload-work-list')); // relatives.js redraws, then announces it
  } catch (error) {
    showErrors(form, error);
  }
}

function draw(list, log) {
  searchPrompt(list);
  addColumns(list);
  doNotContact(list);
  logs(list, log);
}

async function start(list) {
  work = list;
  try {
    const [me, log] = await Promise.all([getJson('/api/me'), getJson(`/api/children/${id}/family-finding`)]);
    writer = (me.roles || []).includes('SOCIAL_WORKER');
    draw(work, log);
    if (reopen) {
      const details = document.querySelector(`details.ff-relative[data-person="${CSS.escape(reopen)}"]`);
      if (details) details.open = true;
    }
    if (announce) document.getElementById('ff-status').textContent = announce;
    reopen = null;
    announce = null;
  } catch (error) {
    showError(document.getElementById('family-finding'), error);
  }
}

document.addEventListener('kinmap:work-list', event => start(event.detail));
if (window.kinmapWorkList) start(window.kinmapWorkList);
document.getElementById('family-finding').addEventListener('submit', submit);
