// The corpus view: top speakers, entities by label, quotation clusters, numeric
// claims that disagree, and two bar charts in plain SVG. Loaded before report.js.
var NX_CORPUS = function (root, ctx) {
  'use strict';
  var el = ctx.el, add = ctx.add, corpus = ctx.corpus, docs = ctx.docs, docLink = ctx.docLink;
  var SVG = 'http://www.w3.org/2000/svg';
  var COLOURS = { PER: '#5b8def', ORG: '#f0a13c', LOC: '#4caf50', MISC: '#9c6ade' };

  function svg(tag, attrs) {
    var e = document.createElementNS(SVG, tag);
    for (var k in attrs) e.setAttribute(k, String(attrs[k]));
    return e;
  }
  // Horizontal bars: rows of [label, value, colour?]; each bar's label and value are text.
  function barChart(title, rows) {
    var labelW = 170, barW = 300, rowH = 20, w = labelW + barW + 60, h = rows.length * rowH + 8;
    var max = rows.reduce(function (m, r) { return Math.max(m, r[1]); }, 1);
    var s = svg('svg', { class: 'chart', width: w, height: h, viewBox: '0 0 ' + w + ' ' + h, role: 'img', 'aria-label': title });
    var t = svg('title', {}); t.textContent = title; s.appendChild(t);
    rows.forEach(function (r, i) {
      var y = 4 + i * rowH;
      var label = svg('text', { x: labelW - 6, y: y + 13, 'text-anchor': 'end' });
      label.textContent = r[0].length > 26 ? r[0].slice(0, 25) + '…' : r[0];
      var bar = svg('rect', { x: labelW, y: y + 2, width: Math.max(1, Math.round(barW * r[1] / max)), height: rowH - 6, fill: r[2] || '#c9a400' });
      var value = svg('text', { x: labelW + Math.round(barW * r[1] / max) + 4, y: y + 13 });
      value.textContent = String(r[1]);
      s.appendChild(label); s.appendChild(bar); s.appendChild(value);
    });
    return s;
  }
  function section(id, title) {
    var s = el('section', { class: 'block', 'data-section': id, 'aria-labelledby': 'sec-' + id }, el('h2', { id: 'sec-' + id }, title));
    root.appendChild(s);
    return s;
  }
  function outletsOf(row) {
    var seen = {}, out = [];
    (row.documents || []).forEach(function (id) {
      var d = docs[ctxIndex(id)];
      var o = d && d.meta && d.meta.source;
      if (o && !seen[o]) { seen[o] = true; out.push(o); }
    });
    return out;
  }
  var byId = {};
  docs.forEach(function (d, i) { if (d && !(d.id in byId)) byId[d.id] = i; });
  function ctxIndex(id) { return byId[id]; }
  function docLinks(ids, limit) {
    var out = [];
    (ids || []).slice(0, limit).forEach(function (id, k) { if (k) out.push(', '); out.push(docLink(id)); });
    if ((ids || []).length > limit) out.push(' and ' + (ids.length - limit) + ' more');
    return out;
  }
  function nameButton(name) {
    var b = el('button', { type: 'button', class: 'linkish' }, name);
    b.addEventListener('click', function () { ctx.searchFor(name); });
    return b;
  }
  function aliasText(row) {
    var other = (row.aliases || []).filter(function (a) { return a.text !== row.name; });
    var shown = other.slice(0, 8).map(function (a) { return a.text + ' (' + a.count + ')'; }).join(', ');
    return other.length > 8 ? shown + ' and ' + (other.length - 8) + ' more' : shown;
  }

  var origin = corpus.origin === 'corpus'
    ? 'From the corpus tables (news-extract corpus): names merged across articles.'
    : 'No corpus tables were given.';
  var t = corpus.totals;
  root.appendChild(el('p', { class: 'muted' }, origin + ' ' + t.speakers + ' speakers, ' + t.entities + ' entities, ' +
    t.shared_clusters + ' quotations carried by two articles or more, ' + t.claims + ' numeric claims.'));

  var charts = el('div', { class: 'charts' });
  var top = (corpus.speakers || []).slice(0, 15).map(function (s) { return [s.name, s.quotes || 0]; });
  if (top.length) charts.appendChild(el('figure', null, el('figcaption', null, 'Quotations per speaker (top ' + top.length + ')'), barChart('Quotations per speaker', top)));
  var labels = Object.keys(corpus.label_mentions || {});
  if (labels.length) charts.appendChild(el('figure', null, el('figcaption', null, 'Entity mentions per label'),
    barChart('Entity mentions per label', labels.map(function (l) { return [l + ' ' + (ctx.LABELS[l] || ''), corpus.label_mentions[l], COLOURS[l]]; }))));
  section('charts', 'Charts').appendChild(charts);

  var sp = section('speakers', 'Top speakers');
  var table = el('table', null, el('thead', null, el('tr', null, el('th', null, 'Speaker'), el('th', null, 'Also written'),
    el('th', { class: 'n' }, 'Quotations'), el('th', { class: 'n' }, 'Articles'), el('th', null, 'Outlets or articles'))));
  var tbody = el('tbody');
  (corpus.speakers || []).forEach(function (s) {
    var outlets = outletsOf(s);
    tbody.appendChild(el('tr', { 'data-kind': 'corpus-speaker', 'data-name': s.name },
      el('td', null, nameButton(s.name)), el('td', null, aliasText(s)),
      el('td', { class: 'n' }, String(s.quotes || 0)), el('td', { class: 'n' }, String((s.documents || []).length)),
      el('td', null, outlets.length ? outlets.join(', ') : docLinks(s.documents, 4))));
  });
  table.appendChild(tbody);
  sp.appendChild(corpus.speakers && corpus.speakers.length ? table : el('p', null, 'No quotation has a speaker.'));

  var en = section('entities', 'Top entities by label');
  var grid = el('div', { class: 'entity-tables' });
  Object.keys(corpus.entities || {}).forEach(function (label) {
    var tb = el('tbody');
    corpus.entities[label].forEach(function (e) {
      tb.appendChild(el('tr', { 'data-kind': 'corpus-entity', 'data-label': label, 'data-name': e.name },
        el('td', null, nameButton(e.name)), el('td', { class: 'n' }, String(e.mentions || 0)), el('td', { class: 'n' }, String((e.documents || []).length))));
    });
    grid.appendChild(el('div', null, el('h3', null, el('mark', { class: 'ent ent-' + label, 'data-label': label }, ctx.LABELS[label] || label)),
      el('table', null, el('thead', null, el('tr', null, el('th', null, 'Name'), el('th', { class: 'n' }, 'Mentions'), el('th', { class: 'n' }, 'Articles'))), tb)));
  });
  en.appendChild(grid);

  var cl = section('clusters', 'Quotations carried by several articles');
  if (!(corpus.clusters || []).length) cl.appendChild(el('p', null, 'No quotation appears in more than one article.'));
  (corpus.clusters || []).forEach(function (c) {
    var members = el('ul');
    (c.members || []).forEach(function (m) {
      members.appendChild(el('li', null, docLink(m.doc, m.start, m.end, String(m.doc)), m.speaker ? ' — ' + m.speaker : '', ': “', String(m.text || ''), '”'));
    });
    if (c.members_total) members.appendChild(el('li', { class: 'muted' }, (c.members_total - c.members.length) + ' more'));
    var others = (c.other_speakers || []).map(function (o) { return o.name + ' (' + o.count + ')'; }).join(', ');
    cl.appendChild(el('div', { class: 'cluster', 'data-kind': 'corpus-cluster' },
      el('blockquote', null, '“' + c.text + '”'),
      el('p', null, (c.kind || '') + ' · ' + (c.speaker || 'no speaker') + (others ? ' · also attributed to ' + others : '') +
        ' · ' + (c.documents || []).length + ' articles'), members));
  });

  var cg = section('claims', 'Numeric claims that disagree');
  if (!(corpus.claim_groups || []).length) cg.appendChild(el('p', null, 'No two articles give different values for the same thing.'));
  (corpus.claim_groups || []).forEach(function (g) {
    var row = el('div', { class: 'claims' });
    g.claims.forEach(function (c) {
      var ul = el('ul');
      (c.members || []).forEach(function (m) {
        ul.appendChild(el('li', null, '“' + (m.text || '') + '” ', docLink(m.doc, m.start, m.end, String(m.doc)), m.speaker ? ' — ' + m.speaker : ''));
      });
      if (c.members_total) ul.appendChild(el('li', { class: 'muted' }, (c.members_total - c.members.length) + ' more'));
      row.appendChild(el('div', { class: 'claim', 'data-kind': 'corpus-claim' },
        el('div', { class: 'reading' }, ctx.reading({ value: c.value, low: c.low, high: c.high, currency: c.currency, unit: c.unit, qualifier: null })),
        el('div', { class: 'muted' }, (c.documents || []).length + ' articles' + ((c.speakers || []).length ? ' · ' + c.speakers.join(', ') : '')), ul));
    });
    add(cg, [el('h3', null, String(g.unit)), row]);
  });

  var dups = {};
  (corpus.documents || []).forEach(function (d) {
    if (d.duplicate_group !== null && d.duplicate_group !== undefined) (dups[d.duplicate_group] = dups[d.duplicate_group] || []).push(d.doc);
  });
  var groups = Object.keys(dups).filter(function (k) { return dups[k].length > 1; });
  if (groups.length) {
    var ds = section('duplicates', 'Duplicate articles');
    var ul = el('ul');
    groups.forEach(function (k) { ul.appendChild(el('li', null, docLinks(dups[k], 10))); });
    ds.appendChild(ul);
  }
};
