import { getJson, escapeHtml, showError, humanise } from './common.js';

const container = document.getElementById('children');
// Roles that read no child's record (an administrator) get no list, and the page asks for none.
if (container) try {
  const children = await getJson('/api/children');
  const rows = children.map(c => {
    const placement = c.currentPlacement;
    const where = placement ? (placement.householdName || placement.provider || '') : 'no current placement';
    const id = encodeURIComponent(c.id);
    return `<tr>
      <td><a href="/children/${id}/genogram">${escapeHtml(c.name)}</a></td>
      <td>${c.age ?? ''}</td>
      <td><abbr title="${escapeHtml(c.legalStatusLabel)}">${escapeHtml(c.legalStatus)}</abbr></td>
      <td>${escapeHtml(humanise(c.permanencePlan) || 'not yet agreed')}</td>
      <td>${escapeHtml(where)}</td>
      <td class="views"><a href="/children/${id}/genogram" aria-label="Genogram of ${escapeHtml(c.name)}">Genogram</a>
        | <a href="/children/${id}/relatives" aria-label="Relatives work list for ${escapeHtml(c.name)}">Relatives</a>
        | <a href="/children/${id}/matches" aria-label="Carer shortlist for ${escapeHtml(c.name)}">Carer shortlist</a></td>
    </tr>`;
  }).join('');
  container.innerHTML = `<table id="children-table">
    <caption class="muted left">${children.length} children looked after</caption>
    <thead><tr><th scope="col">Child</th><th scope="col">Age</th><th scope="col">Legal status</th>
      <th scope="col">Permanence plan</th><th scope="col">Lives with</th><th scope="col">Views</th></tr></thead>
    <tbody>${rows}</tbody></table>`;
} catch (error) {
  showError(container, error);
}
