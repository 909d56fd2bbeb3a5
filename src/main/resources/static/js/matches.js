import { sendJson, sizeBars, getJson, escapeHtml, childIdFromPath, showError, humanise } from './common.js';

const DOMAINS = {
  views: 'Views', health: 'Health', education: 'Education', emotionalBehavioural: 'Emotional', identity: 'Identity',
  familyRelationships: 'Family', socialPresentation: 'Social', selfCare: 'Self-care', contact: 'Contact',
};
const childId = childIdFromPath();
const others = (new URLSearchParams(window.location.search).get('with') || '').split(',').map(s => s.trim()).filter(Boolean);
const group = others.length > 0;
const message = document.getElementById('message');
const status = document.getElementById('status');
const inputs = document.getElementById('weight-inputs');
let defaults = null;
let labels = {};
let asked = 0;
let timer = null;
// The API lists the first excluded households (and always the current and connected-person carers) unless asked for all.
let allExcluded = false;

function changedWeights() {
  const weights = {};
  for (const input of inputs.querySelectorAll('input')) {
    if (defaults && input.value !== '' && Number(input.value) !== defaults[input.name]) weights[input.name] = input.value;
  }
  return weights;
}

async function ask() {
  const top = document.getElementById('top').value;
  const weights = changedWeights();
  if (group) {
    return sendJson('POST', '/api/matches',
      { children: [childId, ...others], top: Number(top), weights, ...(allExcluded ? { excluded: 'all' } : {}) });
  }
  const query = new URLSearchParams({ top });
  if (allExcluded) query.set('excluded', 'all');
  for (const [domain, value] of Object.entries(weights)) query.set(`weight.${domain}`, value);
  return getJson(`/api/children/${encodeURIComponent(childId)}/carer-matches?${query}`);
}

function weightControls(view) {
  defaults = { ...view.weights };
  inputs.innerHTML = Object.entries(view.weights).map(([domain, weight]) => `<label class="weight">
      <span>${escapeHtml(labels[domain] || humanise(domain))}</span>
      <input type="number" name="${escapeHtml(domain)}" id="weight-${escapeHtml(domain)}" min="0" max="10" step="0.5" value="${weight}">
    </label>`).join('');
  inputs.querySelectorAll('input').forEach(input => input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(load, 250);
  }));
}

function bar(score) {
  return `<span class="score"><span class="bar" aria-hidden="true"><span data-score="${score}"></span></span><span class="value">${score}</span></span>`;
}

function flags(m, top) {
  return [
    m.keepsSiblingsTogether ? 'a brother or sister lives here' : '',
    m.currentCarer ? 'current carer' : '',
    m.connectedPersonCarer ? 'connected person' : '',
    m.shownBeyondTop ? `ranked below the top ${top}, shown for comparison` : '',
  ].filter(Boolean).map(f => `<span class="pill">${escapeHtml(f)}</span>`).join(' ');
}

function shortlist(result, top) {
  const domains = Object.keys(result.weights.weights);
  const columns = domains.length + 6;
  const rows = result.matches.map(m => {
    const key = `reasons-${m.householdId}`;
    const byDomain = new Map(m.domains.map(d => [d.domain, d]));
    return `<tr class="match" data-household="${escapeHtml(m.householdId)}">
      <td class="number">${m.rank}</td>
      <th scope="row">${escapeHtml(m.name)} <span class="muted small">${escapeHtml(m.postcode || '')}</span><div>${flags(m, top)}</div></th>
      ${domains.map(d => `<td class="domain" data-domain="${escapeHtml(d)}">${bar(byDomain.get(d).score)}</td>`).join('')}
      <td class="number total"><strong>${m.total.toFixed(1)}</strong></td>
      <td class="number">${Math.round(m.confidence * 100)}%</td>
      <td class="number">${m.distanceKm != null ? m.distanceKm.toFixed(1) + ' km' : 'not known'}</td>
      <td><button type="button" class="expand" aria-expanded="false" aria-controls="${escapeHtml(key)}">Reasons<span class="visually-hidden"> for ${escapeHtml(m.name)}</span></button></td>
    </tr>
    <tr class="reasons-row" id="${escapeHtml(key)}" hidden><td colspan="${columns}">
      <div class="reason-grid">${m.domains.map(d => `<div><h3>${escapeHtml(d.label)}: ${d.score}
        <span class="muted small">(weight ${d.weight}, ${Math.round(d.confidence * 100)}% known)</span></h3>
        <ul class="reasons">${d.reasons.map(r => `<li>${escapeHtml(r)}</li>`).join('')}</ul></div>`).join('')}
        <div><h3>Checks passed</h3><ul class="reasons">${m.checks.map(r => `<li>${escapeHtml(r)}</li>`).join('')}</ul></div>
      </div>
    </td></tr>`;
  }).join('');
  return `<div class="table-wrap"><table id="matches-table">
    <caption>${result.matches.length} ${result.matches.length === 1 ? "household" : "households"} ranked (of ${result.householdsEligible} eligible, ${result.householdsEvaluated} evaluated); each domain scored 0 to 100; households where a brother or sister lives come first</caption>
    <thead><tr><th scope="col">Rank</th><th scope="col">Household</th>
      ${domains.map(d => `<th scope="col" class="domain-head"><abbr title="${escapeHtml(labels[d] || humanise(d))}">${escapeHtml(DOMAINS[d] || humanise(d))}</abbr></th>`).join('')}
      <th scope="col">Total</th><th scope="col">Known</th><th scope="col">Distance</th><th scope="col"><span class="visually-hidden">Reasons</span></th></tr></thead>
    <tbody>${rows || `<tr><td colspan="${columns}">No household passes every hard constraint.</td></tr>`}</tbody>
  </table></div>`;
}

function excluded(result) {
  const list = result.excluded;
  const total = result.householdsExcluded ?? list.length;
  if (!total) return '<p>No household was excluded.</p>';
  const byRule = Object.entries(result.exclusionsByRule || {})
    .map(([rule, n]) => `${n} ${n === 1 ? 'fails' : 'fail'} '${escapeHtml(rule)}'`).join('; ');
  const summary = list.length < total
    ? `<p id="excluded-summary">${total} households excluded: ${byRule}. The first ${list.length} by household id are listed,
        and always the current carer and connected-person carers.
        <button type="button" id="all-excluded">List all ${total}</button></p>`
    : '';
  return `${summary}<table id="excluded-table">
    <caption>${list.length < total ? `${list.length} of ${total}` : list.length} households excluded, with every reason</caption>
    <thead><tr><th scope="col">Household</th><th scope="col">Why excluded</th></tr></thead>
    <tbody>${list.map(e => `<tr class="exclusion" data-household="${escapeHtml(e.householdId)}">
      <th scope="row">${escapeHtml(e.name)} <span class="muted small">${escapeHtml(e.postcode || '')}</span>
        ${e.currentCarer ? '<span class="pill">current carer</span>' : ''}${e.connectedPersonCarer ? '<span class="pill">connected person</span>' : ''}</th>
      <td><ul class="reasons">${e.reasons.map(r => `<li>${escapeHtml(r)}</li>`).join('')}</ul></td>
    </tr>`).join('')}</tbody>
  </table>`;
}

function splits(list) {
  if (!list || !list.length) return '';
  return `<table id="splits-table">
    <caption>Ways to split them, each clearly a split: fewest households, then highest score, then least distance</caption>
    <thead><tr><th scope="col">Households</th><th scope="col">Who goes where</th><th scope="col">Score</th><th scope="col">Distance between the homes</th></tr></thead>
    <tbody>${list.map(s => `<tr class="split"><td class="number">${s.households}</td>
      <td><ul class="reasons">${s.parts.map(p => `<li>${escapeHtml(p.children.map(c => c.name).join(', '))}: ${escapeHtml(p.household.name)} (${p.household.total.toFixed(1)})</li>`).join('')}</ul></td>
      <td class="number">${s.total.toFixed(1)}</td><td class="number">${s.spreadKm != null ? s.spreadKm.toFixed(1) + ' km' : 'not known'}</td></tr>`).join('')}</tbody>
  </table>`;
}

function heading(children) {
  const names = children.map(c => c.name);
  const who = names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]} together`;
  document.getElementById('title').textContent = `Carer shortlist for ${who}`;
  document.title = `kinmap: carer shortlist for ${who}`;
  document.getElementById('about').textContent = children
    .map(c => `${c.name}${c.age != null ? ', ' + c.age : ''}, plan: ${humanise(c.permanencePlan) || 'not yet agreed'}`).join('; ');
  const id = encodeURIComponent(childId);
  document.getElementById('child-views').innerHTML = group
    ? `<a href="/sibling-groups">All split sibling groups</a> · <a href="/children/${id}/matches">Shortlist for ${escapeHtml(children[0].name)} alone</a>`
    : `<a href="/children/${id}/genogram">Genogram</a> · <a href="/children/${id}/relatives">Relatives work list</a>`;
}

async function load() {
  const mine = ++asked;
  status.textContent = defaults ? 'Re-ranking…' : '';
  try {
    const answer = await ask();
    if (mine !== asked) return;
    const result = group ? answer.togetherMatches : answer;
    heading(answer.children);
    document.getElementById('group-summary').textContent = group ? answer.summary : '';
    const weights = (result || answer).weights;
    if (result) {
      for (const m of result.matches) for (const d of m.domains) labels[d.domain] = d.label;
    }
    if (!defaults && weights) weightControls(weights);
    if (weights) document.getElementById('basis').textContent = weights.basis;
    const top = document.getElementById('top').value;
    document.getElementById('shortlist').innerHTML = result ? shortlist(result, top) : '';
    document.getElementById('splits').innerHTML = group ? splits(answer.splits) : '';
    document.getElementById('excluded').innerHTML = result ? excluded(result) : '';
    sizeBars(document);
    message.textContent = '';
    const changed = Object.entries(changedWeights());
    status.textContent = changed.length
      ? `Ranked with ${changed.map(([d, v]) => `${labels[d] || humanise(d)} ${v}`).join(', ')}; every other domain as the plan sets.`
      : 'Ranked with the plan\'s weights.';
  } catch (error) {
    if (mine !== asked) return;
    status.textContent = '';
    showError(message, error);
  }
}

document.getElementById('shortlist').addEventListener('click', e => {
  const button = e.target.closest('button.expand');
  if (!button) return;
  const open = button.getAttribute('aria-expanded') !== 'true';
  button.setAttribute('aria-expanded', String(open));
  document.getElementById(button.getAttribute('aria-controls')).hidden = !open;
});
document.getElementById('top').addEventListener('change', load);
document.getElementById('excluded').addEventListener('click', e => {
  if (!e.target.closest('#all-excluded')) return;
  allExcluded = true;
  load();
});
document.getElementById('reset').addEventListener('click', () => {
  for (const input of inputs.querySelectorAll('input')) input.value = defaults[input.name];
  load();
});
document.getElementById('weights').addEventListener('submit', e => { e.preventDefault(); load(); });
document.getElementById('print').addEventListener('click', () => window.print());
window.addEventListener('beforeprint', () => document.querySelectorAll('.reasons-row').forEach(r => { r.hidden = false; }));
load();
