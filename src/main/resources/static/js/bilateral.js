// Hands each chart the server wrote (doors/ChartOptions) to ECharts, and again after each htmx swap: an option in an
// element's data-echarts, or a list placing options in elements (with a height when the chart grows) in #chart-data.
(function () {
  var charts = [];
  // The one table of formatters an option may name: a function cannot travel in JSON.
  var formatters = {
    money: function (v) { return v == null ? '' : v.toLocaleString(undefined, {maximumFractionDigits: 2}); }
  };

  function csrf(event) {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header) { event.detail.headers[header.content] = token.content; }
  }

  function escaped(text) {
    return String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  }

  function show(el, option) {
    if (option.tooltip && formatters[option.tooltip.valueFormatter]) {
      option.tooltip.valueFormatter = formatters[option.tooltip.valueFormatter];
    }
    // a map's regions carry their own tooltip words, said by the server in the page's language
    if (option.tooltip && option.tooltip.shows === 'tip') {
      option.tooltip.formatter = function (p) { return escaped(p.data && p.data.tip ? p.data.tip : p.name); };
    }
    var c = echarts.init(el);
    c.setOption(option);
    // a region (or any point) with a page of its own leads there, as a link in the table under it does
    c.on('click', function (p) { if (p.data && p.data.href) { window.location.href = p.data.href; } });
    charts.push(c);
  }

  // A map's shapes, served by the workbench itself (data-map-shapes), are registered under its name (data-map) once,
  // before the first chart drawing it.
  function mapped(el, then) {
    var name = el.getAttribute('data-map'), shapes = el.getAttribute('data-map-shapes');
    if (!name || !shapes || echarts.getMap(name)) { then(); return; }
    fetch(shapes, {credentials: 'same-origin'}).then(function (r) { return r.json(); })
      .then(function (geo) { echarts.registerMap(name, geo); then(); });
  }

  function draw() {
    charts.forEach(function (c) { c.dispose(); });
    charts = [];
    window.bilateralCharts = charts;
    if (!window.echarts) { return; }
    document.querySelectorAll('[data-echarts]').forEach(function (el) {
      mapped(el, function () { show(el, JSON.parse(el.getAttribute('data-echarts'))); });
    });
    var data = document.getElementById('chart-data');
    JSON.parse(data ? data.textContent || '[]' : '[]').forEach(function (placed) {
      var el = document.getElementById(placed.element);
      if (!el) { return; }
      if (placed.height) { el.style.height = placed.height + 'px'; }
      show(el, placed.option);
    });
  }

  document.addEventListener('DOMContentLoaded', draw);
  document.addEventListener('htmx:configRequest', csrf);
  document.addEventListener('htmx:afterSettle', draw);
  window.addEventListener('resize', function () { charts.forEach(function (c) { c.resize(); }); });
})();

// A proposal the server refuses (422) comes back as its own card naming the refused fields: swapped in like any
// answer, where htmx would otherwise drop an error response and leave the reviewer with no word at all.
document.addEventListener('htmx:beforeSwap', function (e) {
  if (e.detail.xhr.status === 422) {
    e.detail.shouldSwap = true;
    e.detail.isError = false;
  }
});

// A form marked data-send-once (accepting every proposal of a press release) is sent once, however often its button
// is clicked: a double click sent two requests, each of which accepted everything.
document.addEventListener('submit', function (e) {
  var form = e.target;
  if (!form.hasAttribute || !form.hasAttribute('data-send-once')) { return; }
  if (form.dataset.sent) { e.preventDefault(); return; }
  form.dataset.sent = 'true';
  setTimeout(function () { form.querySelectorAll('button[type=submit]').forEach(function (b) { b.disabled = true; }); }, 0);
});

// Pointing at a proposal lights up the sentence it was read from.
document.addEventListener('mouseover', function (e) {
  var card = e.target.closest && e.target.closest('.proposal[data-evidence]');
  document.querySelectorAll('.source-text mark.focus').forEach(function (m) { m.classList.remove('focus'); });
  if (card) {
    document.querySelectorAll('.source-text mark.' + card.dataset.evidence).forEach(function (m) { m.classList.add('focus'); });
  }
});

// "Back" on a refusal returns to the page before it; a script, not an inline javascript: link, which the
// Content-Security-Policy refuses.
document.addEventListener('click', function (event) {
  var back = event.target.closest && event.target.closest('a[data-back]');
  if (back && window.history.length > 1) {
    event.preventDefault();
    window.history.back();
  }
});

// Long tables sort, filter and page in the browser: every table.figures sorts by a click on its heading (numbers as
// numbers, in the page's language: 1.234,5 in Vietnamese, 1,234.5 in English; bn/tỷ and m/triệu scaled); one of more
// than 15 rows gets a filter box, and one of more than 50 pages. A total row stays first. Words come from #table-words.
(function () {
  var PAGE_ROWS = 50;

  function words() {
    var w = document.getElementById('table-words');
    return w ? w.dataset : {};
  }

  function numberOf(text, lang) {
    var t = text.replace(/\u00a0/g, ' ').trim();
    var m = t.match(/^[^\d\-−]*([\-−]?)\s*([\d.,\s]*\d)\s*(%|bn|tỷ|m|triệu|k)?/i);
    if (!m || /[A-Za-z]{3,}/.test(t.slice(0, t.indexOf(m[2])))) { return null; }
    var digits = m[2].replace(/\s/g, '');
    digits = lang === 'vi' ? digits.replace(/\./g, '').replace(',', '.') : digits.replace(/,/g, '');
    var v = parseFloat(digits);
    if (isNaN(v)) { return null; }
    var unit = (m[3] || '').toLowerCase();
    if (unit === 'bn' || unit === 'tỷ') { v *= 1e9; } else if (unit === 'm' || unit === 'triệu') { v *= 1e6; } else if (unit === 'k') { v *= 1e3; }
    if (/\(.*\)/.test(t) && /^\(/.test(t)) { v = -v; }
    return m[1] ? -v : v;
  }

  function key(cell, lang) {
    if (!cell) { return {n: null, s: ''}; }
    if (cell.dataset.value !== undefined) {
      var d = parseFloat(cell.dataset.value);
      return isNaN(d) ? {n: null, s: cell.dataset.value} : {n: d, s: ''};
    }
    var text = cell.textContent.trim();
    var looksNumeric = cell.classList.contains('num') || cell.classList.contains('n');
    var n = looksNumeric ? numberOf(text, lang) : null;
    return {n: n, s: text};
  }

  function enhance(table) {
    if (table.dataset.enhanced || !table.tBodies.length || !table.tHead) { return; }
    var body = table.tBodies[0];
    var all = Array.prototype.slice.call(body.rows);
    if (all.length < 3 || all.some(function (r) { return Array.prototype.some.call(r.cells, function (c) { return c.rowSpan > 1; }); })) { return; }
    table.dataset.enhanced = 'true';
    var lang = document.documentElement.lang || 'en';
    var w = words();
    // a table marked data-all-rows (the Hill's 51 states, read beside the map) is filtered and sorted but never paged
    var PAGE = table.hasAttribute('data-all-rows') ? Infinity : PAGE_ROWS;
    var pinned = all.filter(function (r) { return r.classList.contains('total'); });
    var rows = all.filter(function (r) { return !r.classList.contains('total'); });
    var shown = rows.slice();
    var page = 0;
    var bar = null, filter = null, info = null, prev = null, next = null;

    if (rows.length > 15) {
      bar = document.createElement('div');
      bar.className = 'table-tools d-flex flex-wrap align-items-center gap-2 my-2';
      filter = document.createElement('input');
      filter.type = 'search';
      filter.className = 'form-control form-control-sm table-filter';
      filter.placeholder = w.filter || 'Filter';
      filter.setAttribute('aria-label', w.filter || 'Filter');
      bar.appendChild(filter);
      info = document.createElement('span');
      info.className = 'table-count text-body-secondary small';
      bar.appendChild(info);
      if (rows.length > PAGE) {
        prev = document.createElement('button');
        prev.type = 'button';
        prev.className = 'btn btn-outline-secondary btn-sm table-previous';
        prev.textContent = w.previous || 'Previous';
        next = document.createElement('button');
        next.type = 'button';
        next.className = 'btn btn-outline-secondary btn-sm table-next';
        next.textContent = w.next || 'Next';
        bar.appendChild(prev);
        bar.appendChild(next);
        prev.addEventListener('click', function () { page--; render(); });
        next.addEventListener('click', function () { page++; render(); });
      }
      table.parentNode.insertBefore(bar, table);
      filter.addEventListener('input', function () {
        var q = filter.value.trim().toLocaleLowerCase(lang);
        shown = rows.filter(function (r) { return !q || r.textContent.toLocaleLowerCase(lang).indexOf(q) >= 0; });
        page = 0;
        render();
      });
    }

    function render() {
      var pages = Math.max(1, Math.ceil(shown.length / PAGE));
      page = Math.min(Math.max(page, 0), pages - 1);
      var from = rows.length > PAGE ? page * PAGE : 0;
      var to = rows.length > PAGE ? Math.min(shown.length, from + PAGE) : shown.length;
      var visible = shown.slice(from, to);
      body.textContent = '';
      pinned.concat(visible).forEach(function (r) { body.appendChild(r); });
      if (info) {
        info.textContent = (w.showing || '{0}–{1} of {2}').replace('{0}', shown.length ? from + 1 : 0)
          .replace('{1}', to).replace('{2}', shown.length) + (shown.length < rows.length ? ' ' + (w.filtered || '(filtered from {0})').replace('{0}', rows.length) : '');
      }
      if (prev) { prev.disabled = page === 0; next.disabled = page >= pages - 1; }
    }

    var heads = table.tHead.rows[table.tHead.rows.length - 1].cells;
    Array.prototype.forEach.call(heads, function (th, column) {
      if (th.colSpan > 1 || !th.textContent.trim()) { return; }
      th.classList.add('sortable');
      th.tabIndex = 0;
      th.setAttribute('aria-sort', 'none');
      th.title = w.sort || 'Sort';
      function sort() {
        var ascending = th.getAttribute('aria-sort') !== 'ascending';
        Array.prototype.forEach.call(heads, function (h) { if (h.classList.contains('sortable')) { h.setAttribute('aria-sort', 'none'); } });
        th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
        var keyed = rows.map(function (r) { return {r: r, k: key(r.cells[column], lang)}; });
        keyed.sort(function (a, b) {
          var x = a.k, y = b.k, c;
          if (x.n !== null && y.n !== null) { c = x.n - y.n; } else if (x.n !== null) { return -1; } else if (y.n !== null) { return 1; }
          else { c = x.s.localeCompare(y.s, lang, {numeric: true, sensitivity: 'base'}); }
          return ascending ? c : -c;
        });
        rows = keyed.map(function (e) { return e.r; });
        var q = filter ? filter.value.trim().toLocaleLowerCase(lang) : '';
        shown = rows.filter(function (r) { return !q || r.textContent.toLocaleLowerCase(lang).indexOf(q) >= 0; });
        page = 0;
        render();
      }
      th.addEventListener('click', sort);
      th.addEventListener('keydown', function (e) { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); sort(); } });
    });
    render();
  }

  var DATE = /^\s*\d{4}(-(\d{2}|Q\d))?(-\d{2})?( \d{2}:\d{2}(:\d{2})?)?(\/\d{4}(-\d{2})?)?\s*$/;

  // A heading stands over its figures: right-aligned when every cell of its column is a number. A column of dates or
  // periods keeps each on one line (2017-11-12, never 2017-11- over 12). A column of long texts, or of phrases, gets
  // room to be read before short headings take it: a kind of measure is not seven lines of one word each. Templates mark
  // number cells (td.num); marking each heading and date too would repeat that in forty tables.
  function shapeColumns(table) {
    if (!table.tHead || !table.tBodies.length) { return; }
    var heads = table.tHead.rows[table.tHead.rows.length - 1].cells;
    if (Array.prototype.some.call(heads, function (h) { return h.colSpan > 1; })) { return; }
    var rows = Array.prototype.filter.call(table.tBodies[0].rows, function (r) { return r.cells.length === heads.length; });
    if (!rows.length) { return; }
    Array.prototype.forEach.call(heads, function (th, column) {
      var cells = rows.map(function (r) { return r.cells[column]; });
      if (cells.every(function (c) { return c.classList.contains('num'); })) { th.classList.add('num'); }
      if (cells.every(function (c) { return DATE.test(c.textContent); })) { cells.forEach(function (c) { c.classList.add('text-nowrap'); }); }
      var words = cells.reduce(function (n, c) { return n + c.textContent.trim().length; }, 0) / cells.length;
      if (words > 50) { th.classList.add('wordy'); } else if (words >= 12 && !th.classList.contains('num')) { th.classList.add('phrase'); }
    });
  }

  function enhanceAll() {
    document.querySelectorAll('table.figures').forEach(function (t) { shapeColumns(t); enhance(t); });
  }

  document.addEventListener('DOMContentLoaded', enhanceAll);
  document.addEventListener('htmx:afterSettle', enhanceAll);
})();
