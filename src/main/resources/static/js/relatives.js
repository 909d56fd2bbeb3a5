import { getJson, escapeHtml, childIdFromPath, showError, words, humanise } from './common.js';

const childId = childIdFromPath();
const message = document.getElementById('message');
const id = encodeURIComponent(childId);
document.getElementById('child-views').innerHTML = `<a href="/children/${id}/genogram">Genogram</a> · <a href="/children/${id}/matches">Carer shortlist</a>`;

const closeness = close => close
  ? '<span class="pill s105">close relative (s105)</span>'
  : '<span class="pill">wider family or connected</span>';
const status = code => `${code && code !== 'none' ? '' : '<span aria-hidden="true">○</span> '}${escapeHtml(words[code] || humanise(code))}`;

function candidates(list, name) {
  if (!list.length) return `<p>Everyone who could be considered for ${escapeHtml(name)} has been assessed or considered.</p>`;
  return `<table id="candidates-table">
    <caption>${list.length} ${list.length === 1 ? 'person' : 'people'} not yet assessed, closest and most promising first</caption>
    <thead><tr><th scope="col">Rank</th><th scope="col">Name</th><th scope="col">Relationship to ${escapeHtml(name.split(' ')[0])}</th>
      <th scope="col">Age</th><th scope="col">Why consider them</th></tr></thead>
    <tbody>${list.map(c => `<tr class="candidate" data-person="${escapeHtml(c.personId)}">
      <td class="number">${c.rank}</td>
      <th scope="row">${escapeHtml(c.name)}</th>
      <td>${escapeHtml(c.relationship)}<div>${closeness(c.closeRelative)}</div></td>
      <td>${c.age ?? '<span class="muted">not recorded</span>'}</td>
      <td><span class="sentence">${escapeHtml(c.sentence)}</span>
        <details><summary>How the ranking scores them (${c.score} points)</summary>
          <table class="factors"><caption class="visually-hidden">Scoring for ${escapeHtml(c.name)}</caption>
            <thead><tr><th scope="col">Rule</th><th scope="col">Points</th><th scope="col">Reason</th></tr></thead>
            <tbody>${c.factors.map(f => `<tr><td>${escapeHtml(f.rule.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase())}</td><td class="number">${f.points}</td><td>${escapeHtml(f.reason)}</td></tr>`).join('')}</tbody>
          </table>
        </details></td>
    </tr>`).join('')}</tbody>
  </table>`;
}

function gaps(list, names) {
  if (!list.length) return '<p>No gaps found in the recorded network.</p>';
  return `<table id="gaps-table">
    <caption>${list.length} ${list.length === 1 ? 'gap' : 'gaps'}, each with what to do</caption>
    <thead><tr><th scope="col">Gap</th><th scope="col">Suggested action</th><th scope="col">Who it concerns</th></tr></thead>
    <tbody>${list.map(g => `<tr class="gap" data-code="${escapeHtml(g.code)}">
      <th scope="row"><span aria-hidden="true">⚠</span> ${escapeHtml(g.gap)}</th>
      <td>${escapeHtml(g.suggestedAction)}</td>
      <td>${g.personIds.length ? g.personIds.map(p => escapeHtml(names.get(p) || p)).join(', ') : '<span class="muted">no one yet recorded</span>'}</td>
    </tr>`).join('')}</tbody>
  </table>`;
}

function people(list, tableId, caption, empty, risk) {
  if (!list.length) return `<p>${escapeHtml(empty)}</p>`;
  return `<table id="${tableId}">
    <caption>${escapeHtml(caption)}</caption>
    <thead><tr><th scope="col">Name</th><th scope="col">Relationship</th><th scope="col">Assessment for this child</th><th scope="col">Note</th></tr></thead>
    <tbody>${list.map(p => `<tr class="person-line" data-person="${escapeHtml(p.personId)}">
      <th scope="row">${risk ? '<span class="flag"><span aria-hidden="true">⚠</span> risk</span> ' : ''}${escapeHtml(p.name)}</th>
      <td>${escapeHtml(p.relationship)}${p.closeRelative ? `<div>${closeness(true)}</div>` : ''}</td>
      <td>${status(p.assessmentStatus)}</td>
      <td>${escapeHtml(p.note || '')}</td>
    </tr>`).join('')}</tbody>
  </table>`;
}

// headers: the Kinmap-Sequence of a write made on this page (assessment-workflow.js), so that the lists show it.
// family-finding.js asks for it again after a save ('kinmap:reload-work-list').
async function load(headers = {}) {
  try {
    const [work, gapView, all] = await Promise.all([
      getJson(`/api/children/${id}/relatives?unassessed=true`, headers),
      getJson(`/api/children/${id}/network-gaps`, headers),
      getJson(`/api/children/${id}/relatives`, headers),
    ]);
    const names = new Map(all.relatives.map(r => [r.personId, r.name]));
    document.getElementById('title').textContent = `Relatives work list for ${work.name}`;
    document.title = `kinmap: relatives work list for ${work.name}`;
    document.getElementById('candidates').innerHTML = candidates(work.candidates, work.name);
    document.getElementById('gaps').innerHTML = gaps(gapView.gaps, names);
    document.getElementById('parents').innerHTML = people(work.parents, 'parents-table',
      'Parents are assessed separately, not as kinship carers', 'No parent is recorded.', false);
    document.getElementById('risk').innerHTML = people(work.riskFlagged, 'risk-table',
      'Never listed as candidates; shown so that no one approaches them by mistake', 'No one in the network is flagged as a risk to children.', true);
    window.kinmapWorkList = work; // family-finding.js adds its parts, whichever of the two scripts runs first
    document.dispatchEvent(new CustomEvent('kinmap:work-list', { detail: work }));
  } catch (error) {
    showError(message, error);
    for (const box of ['candidates', 'gaps', 'parents', 'risk']) document.getElementById(box).innerHTML = '';
  }
}
await load();
document.addEventListener('kinmap:network-changed', e => load({ 'Kinmap-Sequence': String(e.detail.sequence) }));
document.addEventListener('kinmap:reload-work-list', () => load());
document.getElementById('print').addEventListener('click', () => window.print());
window.addEventListener('beforeprint', () => document.querySelectorAll('details').forEach(d => { d.open = true; }));
