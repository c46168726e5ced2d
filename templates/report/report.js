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
  var classValue = function (el, prefix) {
    var match = new RegExp('(?:^|\\s)' + prefix + '-(\\S+)').exec(el.className);
    return match ? match[1] : '';
  };

  // Rationale and references live once per check in the appendix; a text search still finds a finding by them.
  var checkText = {};
  toArray(document.querySelectorAll('article.check-ref')).forEach(function (el) {
    checkText[el.id] = (el.textContent || '').toLowerCase();
  });
  var checkTextOf = function (el) {
    var ref = el.querySelector('.f-id');
    if (!ref) return '';
    var href = ref.getAttribute('href');
    var id = href ? href.slice(1) : 'check-' + (ref.textContent || '').replace(/[^A-Za-z0-9_-]+/g, '-');
    return checkText[id] || '';
  };

  var tenants = toArray(document.querySelectorAll('section.tenant')).map(function (section) {
    var nameEl = section.querySelector('.tenant-header h2');
    var findings = toArray(section.querySelectorAll('details.finding')).map(function (el) {
      return {
        el: el,
        status: classValue(el, 'st'),
        severity: classValue(el, 'sev'),
        area: el.getAttribute('data-area'),
        text: (el.textContent || '').toLowerCase(),
        checkText: checkTextOf(el)
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

  // The action plan follows the filters: a tenant link shows while its finding does, counts are recounted.
  var actionsNoMatch = document.querySelector('#actions .actions-no-match');
  var owners = toArray(document.querySelectorAll('#actions details.owner')).map(function (el) {
    return {
      el: el,
      chips: toArray(el.querySelectorAll('summary [data-sev]')),
      count: el.querySelector('.o-count'),
      tenantsLabel: el.querySelector('.o-tenants'),
      rows: toArray(el.querySelectorAll('tr.ap-check')).map(function (row) {
        return {
          el: row,
          severity: row.getAttribute('data-severity'),
          links: toArray(row.querySelectorAll('.ap-tenants li')).map(function (li) {
            var a = li.querySelector('a');
            var target = a ? document.getElementById((a.getAttribute('href') || '').slice(1)) : null;
            var section = target && target.closest ? target.closest('section.tenant') : null;
            return { el: li, target: target, tenant: section ? section.id : (target ? target.id : '') };
          })
        };
      })
    };
  });

  function plural(n, word) { return n + ' ' + word + (n === 1 ? '' : 's'); }

  function applyActions() {
    var shownOwners = 0;
    owners.forEach(function (owner) {
      var bySeverity = {};
      var tenantsSeen = {};
      var total = 0;
      owner.rows.forEach(function (row) {
        var visible = 0;
        row.links.forEach(function (link) {
          var show = !link.target || (!link.target.hidden && !(link.target.closest && link.target.closest('[hidden]')));
          link.el.hidden = !show;
          if (show) { visible += 1; tenantsSeen[link.tenant] = true; }
        });
        row.el.hidden = visible === 0;
        bySeverity[row.severity] = (bySeverity[row.severity] || 0) + visible;
        total += visible;
      });
      owner.chips.forEach(function (chip) {
        var n = bySeverity[chip.getAttribute('data-sev')] || 0;
        var label = chip.querySelector('span');
        if (label) label.textContent = String(n);
        chip.classList.toggle('is-zero', n === 0);
      });
      if (owner.count) owner.count.textContent = plural(total, 'open failure');
      if (owner.tenantsLabel) owner.tenantsLabel.textContent = plural(Object.keys(tenantsSeen).length, 'tenant');
      owner.el.hidden = total === 0;
      if (total > 0) shownOwners += 1;
    });
    if (actionsNoMatch) actionsNoMatch.hidden = owners.length === 0 || shownOwners > 0;
  }

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
          (nameHit || f.text.indexOf(query) !== -1 || f.checkText.indexOf(query) !== -1);
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
    applyActions();
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

  // A link typed by hand or cut short can hold a malformed %-escape: that fragment is taken as it stands.
  function safeDecode(value) {
    try {
      return decodeURIComponent(value);
    } catch (error) {
      return value;
    }
  }

  // Following a link from the action plan opens the finding it points at, even if someone had collapsed it.
  function openTarget() {
    var target = location.hash ? document.getElementById(safeDecode(location.hash.slice(1))) : null;
    if (target && target.tagName === 'DETAILS') target.open = true;
  }
  window.addEventListener('hashchange', openTarget);

  // Deep links scroll to just below the sticky filter bar, whose height depends on the screen width.
  function stickyOffset() {
    var sticky = window.getComputedStyle && window.getComputedStyle(form).position === 'sticky';
    document.documentElement.style.setProperty('--sticky-offset', sticky ? form.offsetHeight + 'px' : '0px');
  }
  if (window.ResizeObserver) new window.ResizeObserver(stickyOffset).observe(form);
  else window.addEventListener('resize', stickyOffset);

  form.hidden = false;
  apply();
  openTarget();
})();
