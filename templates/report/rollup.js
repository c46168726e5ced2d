/* The roll-up of many tenants: sort and search the tenant table, and draw one tenant's findings on demand
   from the JSON in <script type="application/json" id="rollup-data">, parsed the first time a tenant is opened.
   Every string is set as text, never as markup.
   State lives in the URL fragment (#q=…&sort=…&dir=…&t=…), so a view can be bookmarked or sent. */
(function () {
  'use strict';
  var body = document.getElementById('rollup-rows');
  var search = document.getElementById('rollup-search');
  var status = document.getElementById('rollup-status');
  var detail = document.getElementById('tenant-detail');
  var source = document.getElementById('rollup-data');
  if (!body || !search || !detail || !source) return;
  var data = null;
  function tenantData() {
    if (!data) data = JSON.parse(source.textContent);
    return data;
  }
  var rows = Array.prototype.slice.call(body.rows).map(function (tr) {
    return {
      el: tr,
      index: Number(tr.getAttribute('data-i')),
      name: tr.getAttribute('data-name') || '',
      lower: (tr.getAttribute('data-name') || '').toLowerCase(),
      provider: tr.getAttribute('data-provider') || '',
      score: Number(tr.getAttribute('data-score')),
      critical: Number(tr.getAttribute('data-critical')),
      high: Number(tr.getAttribute('data-high'))
    };
  });
  var collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });
  var state = { q: '', sort: '', dir: 'asc', t: '' };

  // A link typed by hand or cut short can hold a malformed %-escape: that value is taken as it stands.
  function safeDecode(value) {
    try {
      return decodeURIComponent(value);
    } catch (error) {
      return value;
    }
  }

  function readHash() {
    var parts = location.hash.replace(/^#/, '').split('&');
    state = { q: '', sort: '', dir: 'asc', t: '' };
    parts.forEach(function (part) {
      var at = part.indexOf('=');
      if (at < 1) return;
      var key = part.slice(0, at);
      if (Object.prototype.hasOwnProperty.call(state, key)) state[key] = safeDecode(part.slice(at + 1));
    });
  }

  function writeHash() {
    var parts = [];
    Object.keys(state).forEach(function (key) { if (state[key] && !(key === 'dir' && state[key] === 'asc')) parts.push(key + '=' + encodeURIComponent(state[key])); });
    var next = parts.length ? '#' + parts.join('&') : ' ';
    if (history.replaceState) history.replaceState(null, '', next === ' ' ? location.pathname + location.search : next);
  }

  function compare(a, b) {
    var key = state.sort, result;
    if (key === 'name' || key === 'provider') result = collator.compare(a[key === 'name' ? 'name' : 'provider'], b[key === 'name' ? 'name' : 'provider']) || collator.compare(a.name, b.name);
    else result = (a[key] - b[key]) || collator.compare(a.name, b.name);
    return state.dir === 'desc' ? -result : result;
  }

  // The rows arrive in the page's own order, the order of no sort.
  var sortedBy = ' asc';

  function applyTable() {
    var query = state.q.trim().toLowerCase();
    // Rows move only when the order changes: re-inserting a thousand rows costs a full table layout.
    if (sortedBy !== state.sort + ' ' + state.dir) {
      var ordered = state.sort ? rows.slice().sort(compare) : rows;
      var fragment = document.createDocumentFragment();
      ordered.forEach(function (row) { fragment.appendChild(row.el); });
      body.appendChild(fragment);
      sortedBy = state.sort + ' ' + state.dir;
    }
    var shown = 0;
    rows.forEach(function (row) {
      var show = !query || row.lower.indexOf(query) !== -1;
      if (row.el.hidden === show) row.el.hidden = !show;
      if (show) shown += 1;
    });
    Array.prototype.forEach.call(document.querySelectorAll('#rollup th[data-sort]'), function (th) {
      th.setAttribute('aria-sort', th.getAttribute('data-sort') === state.sort ? (state.dir === 'desc' ? 'descending' : 'ascending') : 'none');
    });
    if (status) status.textContent = 'Showing ' + shown + ' of ' + rows.length + ' tenants.';
  }

  function el(tag, className, content) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (content !== undefined) node.textContent = content;
    return node;
  }

  // Tenant text shows its bidi embeddings, overrides and isolates as code points instead of obeying them: a name
  // quoted in a summary could otherwise reverse the rest of the sentence (the page's own text has none).
  function shown(value) {
    return String(value).replace(/[\u202a-\u202e\u2066-\u2069]/g, function (c) {
      return '[U+' + c.charCodeAt(0).toString(16).toUpperCase() + ']';
    });
  }

  // Tenant text drawn beside other text also sits in an isolate, so the strong right-to-left letters of a name
  // stay inside it; a paragraph separator would end the isolate, so it becomes a space.
  function isolate(value) {
    return '\u2068' + shown(value).replace(/[\n\r\u001c-\u001e\u0085\u2029]/g, ' ') + '\u2069';
  }

  var LABELS = { fail: 'Fail', error: 'Error', not_assessed: 'Not assessed', pass: 'Pass', not_applicable: 'Not applicable' };

  function drawDetail() {
    var entry = state.t !== '' ? tenantData().tenants[Number(state.t)] : null;
    detail.textContent = '';
    detail.hidden = !entry;
    if (!entry) return;
    var header = el('header', 'tenant-header');
    header.appendChild(el('h2', '', shown(entry[0])));
    var back = el('a', 'to-top', 'Back to tenants');
    back.href = '#rollup';
    header.appendChild(back);
    detail.appendChild(header);
    if (entry[1]) detail.appendChild(el('p', 'audit-partial', shown(entry[1])));
    var list = el('div', 'findings');
    entry[2].forEach(function (f) {
      var texts = tenantData().checks[f[3]] || ['', ''];
      var item = el('details', 'finding st-' + f[0].replace(/[^a-z_]/g, '') + ' sev-' + f[1].replace(/[^a-z]/g, ''));
      item.open = f[0] === 'fail' || f[0] === 'error';
      var summary = el('summary');
      summary.appendChild(el('span', 'badge status-' + f[0].replace(/[^a-z_]/g, ''), LABELS[f[0]] || isolate(f[0])));
      summary.appendChild(el('span', 'badge sev sev-' + f[1].replace(/[^a-z]/g, ''), isolate(f[1])));
      summary.appendChild(el('span', 'f-title', isolate(texts[0])));
      summary.appendChild(el('code', 'f-id', isolate(f[2])));
      summary.appendChild(el('span', 'f-summary', isolate(f[4])));
      item.appendChild(summary);
      var more = el('div', 'f-body');
      if (f[6].length) {
        var ul = el('ul', 'rollup-evidence');
        f[6].forEach(function (e) { ul.appendChild(el('li', '', isolate(e[0]) + ': ' + isolate(e[1]) + (e[2] ? ' (' + isolate(e[2]) + ')' : ''))); });
        if (f[7] > f[6].length) ul.appendChild(el('li', 'muted', '…and ' + (f[7] - f[6].length) + ' more'));
        more.appendChild(ul);
      }
      if (f[0] !== 'pass' && f[0] !== 'not_applicable') more.appendChild(el('p', '', 'Owner: ' + isolate(f[5]) + '. Fix: ' + isolate(texts[1])));
      item.appendChild(more);
      list.appendChild(item);
    });
    detail.appendChild(list);
    if (entry[3] && entry[3].length) {
      var fw = el('div', 'tenant-frameworks');
      fw.appendChild(el('h3', '', 'Framework compliance'));
      var table = el('table', 'framework-table');
      var head = el('tr');
      ['Framework', 'Passed', 'Failed', 'Not assessed', 'Not applicable', 'Compliant'].forEach(function (label, i) {
        var th = el('th', i ? 'num' : '', label);
        th.scope = 'col';
        head.appendChild(th);
      });
      var thead = el('thead');
      thead.appendChild(head);
      table.appendChild(thead);
      var tbody = el('tbody');
      entry[3].forEach(function (f) {
        var tr = el('tr');
        tr.appendChild(el('th', 'fw-name', f[0] + ' ' + f[1]));
        for (var i = 2; i < 7; i += 1) tr.appendChild(el('td', 'num', String(f[i])));
        tbody.appendChild(tr);
      });
      table.appendChild(tbody);
      fw.appendChild(table);
      detail.appendChild(fw);
    }
    if (detail.scrollIntoView) detail.scrollIntoView();
  }

  function apply() { applyTable(); drawDetail(); }

  var timer = null;
  search.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(function () { state.q = search.value; writeHash(); applyTable(); }, 60);
  });
  document.getElementById('rollup').addEventListener('click', function (event) {
    var th = event.target && event.target.closest ? event.target.closest('th[data-sort]') : null;
    if (th) {
      var key = th.getAttribute('data-sort');
      state.dir = state.sort === key && state.dir === 'asc' ? 'desc' : 'asc';
      state.sort = key;
      writeHash();
      applyTable();
      return;
    }
    var link = event.target && event.target.closest ? event.target.closest('a[href^="#t="]') : null;
    if (link) {
      event.preventDefault();
      state.t = link.getAttribute('href').slice(3);
      writeHash();
      drawDetail();
    }
  });
  window.addEventListener('hashchange', function () { readHash(); search.value = state.q; apply(); });

  readHash();
  search.value = state.q;
  apply();
  // Read the data once the page is idle, so the first tenant opened does not wait for it.
  window.addEventListener('load', function () { (window.requestIdleCallback || setTimeout)(function () { tenantData(); }); });
})();
