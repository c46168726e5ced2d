/* Filters for the tenant-audit report. No data lives here: everything is read from the page.
   Without JavaScript the form stays hidden and every finding is shown. */
(function () {
  'use strict';
  var form = document.getElementById('filters');
  if (!form || !document.querySelectorAll) return;
  var toArray = function (list) { return Array.prototype.slice.call(list); };
  var statusLine = document.getElementById('filter-status');
  var note = document.getElementById('filter-note');
  var noMatch = document.getElementById('no-match');
  var search = document.getElementById('filter-text');
  var areaSelect = document.getElementById('filter-area');
  var providerSelect = document.getElementById('filter-provider');

  var tenants = toArray(document.querySelectorAll('section.tenant')).map(function (section) {
    var nameEl = section.querySelector('.tenant-header h2');
    var findings = toArray(section.querySelectorAll('details.finding')).map(function (el) {
      return {
        el: el,
        status: el.getAttribute('data-status'),
        severity: el.getAttribute('data-severity'),
        area: el.getAttribute('data-area'),
        text: (el.textContent || '').toLowerCase()
      };
    });
    return {
      el: section,
      id: section.id,
      provider: section.getAttribute('data-provider'),
      name: ((nameEl && nameEl.textContent) || '').toLowerCase(),
      failed: section.classList.contains('tenant-failed'),
      findings: findings,
      noMatch: section.querySelector('.tenant-no-match'),
      row: document.querySelector('tr[data-tenant="' + section.id + '"]')
    };
  });

  function checkedValues(name) {
    return toArray(form.querySelectorAll('input[name="' + name + '"]:checked')).map(function (input) { return input.value; });
  }

  function labelOf(select) {
    return select && select.value ? select.options[select.selectedIndex].text : '';
  }

  function apply() {
    var statuses = checkedValues('status');
    var severities = checkedValues('severity');
    var area = areaSelect ? areaSelect.value : '';
    var provider = providerSelect ? providerSelect.value : '';
    var query = search ? search.value.trim().toLowerCase() : '';
    var shownFindings = 0, totalFindings = 0, shownTenants = 0;

    tenants.forEach(function (tenant) {
      var providerOk = !provider || tenant.provider === provider;
      var nameHit = !query || tenant.name.indexOf(query) !== -1;
      var visibleHere = 0;
      tenant.findings.forEach(function (f) {
        totalFindings += 1;
        var show = providerOk &&
          statuses.indexOf(f.status) !== -1 &&
          severities.indexOf(f.severity) !== -1 &&
          (!area || f.area === area) &&
          (nameHit || f.text.indexOf(query) !== -1);
        f.el.hidden = !show;
        if (show) visibleHere += 1;
      });
      // A tenant that could not be audited has no findings; it counts as an error.
      var showTenant = providerOk && (visibleHere > 0 ||
        (tenant.failed && tenant.findings.length === 0 && nameHit && statuses.indexOf('error') !== -1));
      tenant.el.hidden = !showTenant;
      if (tenant.row) tenant.row.hidden = !showTenant;
      if (tenant.noMatch) tenant.noMatch.hidden = true;
      if (showTenant) shownTenants += 1;
      shownFindings += visibleHere;
    });

    if (noMatch) noMatch.hidden = shownTenants > 0;
    var filtered = shownFindings !== totalFindings || shownTenants !== tenants.length;
    if (statusLine) {
      statusLine.textContent = 'Showing ' + shownFindings + ' of ' + totalFindings + ' findings in ' +
        shownTenants + ' of ' + tenants.length + ' tenants.';
    }
    if (note) {
      var parts = [];
      if (statuses.length < form.querySelectorAll('input[name="status"]').length) parts.push('status ' + statuses.join(', '));
      if (severities.length < form.querySelectorAll('input[name="severity"]').length) parts.push('severity ' + severities.join(', '));
      if (area) parts.push('area ' + labelOf(areaSelect));
      if (provider) parts.push('provider ' + labelOf(providerSelect));
      if (query) parts.push('text "' + query + '"');
      note.textContent = filtered ? 'Filtered view (' + parts.join('; ') + '): ' + shownFindings + ' of ' + totalFindings + ' findings.' : '';
    }
  }

  function setOpen(open) {
    toArray(document.querySelectorAll('details.finding')).forEach(function (el) {
      if (!el.hidden) el.open = open;
    });
  }

  var timer = null;
  form.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(apply, 120);
  });
  form.addEventListener('change', apply);
  form.addEventListener('submit', function (event) { event.preventDefault(); apply(); });
  form.addEventListener('reset', function () { setTimeout(apply, 0); });
  form.addEventListener('click', function (event) {
    var action = event.target && event.target.getAttribute && event.target.getAttribute('data-action');
    if (action === 'expand') setOpen(true);
    if (action === 'collapse') setOpen(false);
  });

  // Printing shows every detail; the open state on screen comes back afterwards.
  var closedBeforePrint = [];
  window.addEventListener('beforeprint', function () {
    closedBeforePrint = toArray(document.querySelectorAll('details:not([open])'));
    closedBeforePrint.forEach(function (el) { el.open = true; });
  });
  window.addEventListener('afterprint', function () {
    closedBeforePrint.forEach(function (el) { el.open = false; });
    closedBeforePrint = [];
  });

  form.hidden = false;
  apply();
})();
