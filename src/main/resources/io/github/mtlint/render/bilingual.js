/* Documents checked against their source: source and translation side by side, one aligned segment a row.
   This script runs before report.js, which stays as it was so that monolingual pages do not change. It renders the
   bilingual documents itself (report.js skips a section already rendered), giving every finding the same single
   mark (id, data-rule, data-severity, data-category, data-doc, data-index) that report.js selects, filters and
   steps through; and it follows report.js's selection from window listeners, which run after report.js's document
   listeners, to outline the finding's source span and add the source to the details panel. */
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('mtlint-data').textContent);

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined && text !== null) { node.textContent = text; }
    return node;
  }

  /* The filters as the controls show them, so that a document opened after filtering renders filtered. */
  function visible(issue) {
    var box = document.querySelector('input[data-severity-filter="' + issue.severity + '"]');
    var category = document.getElementById('filter-category'), rule = document.getElementById('filter-rule');
    return (!box || box.checked) && (!category || !category.value || issue.category === category.value)
      && (!rule || !rule.value || issue.rule === rule.value);
  }

  /* As report.js nests findings (an overlapping one is cut at the end of the one it starts in), on items that
     carry their own span: a finding is also cut where its row ends. */
  function nest(items) {
    items.sort(function (a, b) { return a.s - b.s || b.e - a.e || a.i - b.i; });
    var roots = [], stack = [];
    items.forEach(function (node) {
      node.children = [];
      while (stack.length && stack[stack.length - 1].e <= node.s) { stack.pop(); }
      var parent = stack.length ? stack[stack.length - 1] : null;
      if (parent && node.e > parent.e) { node.e = parent.e; node.clipped = true; }
      (parent ? parent.children : roots).push(node);
      stack.push(node);
    });
    return roots;
  }

  function sentencePenalties(doc) {
    return doc.sentences.map(function (span) {
      var penalty = 0;
      doc.issues.forEach(function (issue) { if (issue.s >= span[0] && issue.s < span[1]) { penalty += issue.penalty; } });
      return penalty;
    });
  }

  function appendTarget(container, doc, penalties, from, to) {
    var pos = from;
    doc.sentences.forEach(function (span, k) {
      var a = Math.max(span[0], pos), b = Math.min(span[1], to);
      if (b <= a) { return; }
      if (a > pos) { container.appendChild(document.createTextNode(doc.text.slice(pos, a))); }
      var piece = el('span', 'sentence', doc.text.slice(a, b));
      if (penalties[k] > 0) {
        piece.style.backgroundColor = 'rgba(70, 100, 170, ' + Math.min(0.30, 0.04 + penalties[k] * 0.025).toFixed(3) + ')';
        piece.title = 'Sentence penalty ' + penalties[k];
      }
      container.appendChild(piece);
      pos = b;
    });
    if (pos < to) { container.appendChild(document.createTextNode(doc.text.slice(pos, to))); }
  }

  function renderTarget(container, doc, docIndex, penalties, nodes, from, to) {
    var pos = from;
    nodes.forEach(function (node) {
      if (node.s > pos) { appendTarget(container, doc, penalties, pos, node.s); }
      var issue = node.issue;
      var mark = el('mark', 'f' + (node.s === node.e ? ' empty' : '') + (visible(issue) ? '' : ' off'));
      mark.id = 'f-' + docIndex + '-' + node.i;
      mark.tabIndex = 0;
      mark.setAttribute('data-rule', issue.rule);
      mark.setAttribute('data-severity', issue.severity);
      mark.setAttribute('data-category', issue.category);
      mark.setAttribute('data-doc', docIndex);
      mark.setAttribute('data-index', node.i);
      if (issue.ss !== undefined) { mark.setAttribute('data-source', 's-' + docIndex + '-' + node.i); }
      if (node.clipped) { mark.setAttribute('data-clipped', 'true'); }
      mark.title = issue.severity + ' [' + issue.rule + '] ' + issue.message;
      renderTarget(mark, doc, docIndex, penalties, node.children, node.s, node.e);
      container.appendChild(mark);
      pos = Math.max(pos, node.e);
    });
    if (pos < to) { appendTarget(container, doc, penalties, pos, to); }
  }

  function renderSource(container, doc, docIndex, nodes, from, to) {
    var text = doc.source.text, pos = from;
    nodes.forEach(function (node) {
      if (node.s > pos) { container.appendChild(document.createTextNode(text.slice(pos, node.s))); }
      var issue = node.issue;
      var mark = el('mark', 'src' + (node.s === node.e ? ' empty' : '') + (visible(issue) ? '' : ' off'));
      mark.id = 's-' + docIndex + '-' + node.i;
      mark.setAttribute('data-finding', 'f-' + docIndex + '-' + node.i);
      mark.setAttribute('data-severity', issue.severity);
      mark.setAttribute('data-doc', docIndex);
      mark.setAttribute('data-index', node.i);
      mark.title = 'source of: ' + issue.severity + ' [' + issue.rule + '] ' + issue.message;
      renderSource(mark, doc, docIndex, node.children, node.s, node.e);
      container.appendChild(mark);
      pos = Math.max(pos, node.e);
    });
    if (pos < to) { container.appendChild(document.createTextNode(text.slice(pos, to))); }
  }

  /* One row per aligned segment. Each target segment shows its span plus whatever findings start in the gap after
     it (up to the next target segment), so that every finding has its row; the first also takes the text before it. */
  function rows(doc) {
    var segments = doc.source.segments.length ? doc.source.segments : [[0, doc.text.length, 0, doc.source.text.length, 1]];
    if (!segments.some(function (seg) { return seg[1] > seg[0]; })) {
      segments = segments.concat([[0, doc.text.length, 0, 0, 1]]); // the target still shows, findings and all
    }
    var withTarget = [];
    segments.forEach(function (seg, k) { if (seg[1] > seg[0]) { withTarget.push(k); } });
    var result = segments.map(function (seg) {
      return { ts: seg[0], te: seg[1], ss: seg[2], se: seg[3], confidence: seg[4], target: [], source: [] };
    });
    /* A finding at the very place where a translation is missing (an omission) goes in that row, beside its source. */
    var placed = {};
    doc.issues.forEach(function (issue, i) {
      if (issue.s !== issue.e || issue.ss === undefined) { return; }
      result.some(function (row) {
        if (row.te === row.ts && row.ts === issue.s && row.se > row.ss && issue.ss >= row.ss && issue.ss < row.se) {
          row.target.push({ issue: issue, i: i, s: issue.s, e: issue.e, clipped: false });
          row.from = row.to = issue.s;
          placed[i] = true;
          return true;
        }
        return false;
      });
    });
    withTarget.forEach(function (k, n) {
      var row = result[k];
      var ownFrom = n === 0 ? 0 : row.ts;
      var last = n === withTarget.length - 1;
      var ownTo = last ? doc.text.length : result[withTarget[n + 1]].ts;
      // text no segment covers (alignment keeps only what it pairs) is shown with the segment before it, not lost
      row.from = /\S/.test(doc.text.slice(ownFrom, row.ts)) ? ownFrom : row.ts;
      row.to = /\S/.test(doc.text.slice(row.te, ownTo)) ? ownTo : row.te;
      doc.issues.forEach(function (issue, i) {
        if (placed[i] || issue.s < ownFrom || (last ? issue.s > ownTo : issue.s >= ownTo)) { return; }
        var e = Math.min(issue.e, ownTo);
        if (issue.s < row.te && e > row.te && !/\S/.test(doc.text.slice(row.te, e))) { e = row.te; } // no trailing blank line
        row.target.push({ issue: issue, i: i, s: issue.s, e: e, clipped: e < issue.e });
        row.from = Math.min(row.from, issue.s);
        row.to = Math.max(row.to, e);
      });
    });
    doc.issues.forEach(function (issue, i) {
      if (issue.ss === undefined) { return; }
      var home = null;
      result.forEach(function (row) {
        if (!home && row.se > row.ss && issue.ss >= row.ss && (issue.ss < row.se || (issue.ss === row.se && issue.se === issue.ss))) {
          home = row;
        }
      });
      if (home) { home.source.push({ issue: issue, i: i, s: issue.ss, e: Math.min(issue.se, home.se), clipped: issue.se > home.se }); }
    });
    return result;
  }

  function renderBilingual(section) {
    if (section.getAttribute('data-rendered')) { return; }
    section.setAttribute('data-rendered', 'true');
    var docIndex = Number(section.getAttribute('data-doc'));
    var doc = data.documents[docIndex];
    var penalties = sentencePenalties(doc);
    var table = el('table', 'bitext');
    var head = table.createTHead().insertRow();
    [['n', '#'], ['src', 'Source (' + doc.source.language + ')'], ['tgt', 'Translation (en)']].forEach(function (column) {
      var th = el('th', column[0], column[1]);
      th.scope = 'col';
      head.appendChild(th);
    });
    var body = table.createTBody();
    rows(doc).forEach(function (row, k) {
      var tr = body.insertRow();
      tr.className = 'seg';
      tr.setAttribute('data-segment', k);
      var number = el('td', 'n', String(k + 1));
      var source = el('td', 'src'), target = el('td', 'tgt');
      source.setAttribute('lang', doc.source.language);
      target.setAttribute('lang', 'en');
      if (row.se > row.ss) {
        renderSource(source, doc, docIndex, nest(row.source), row.ss, row.se);
      } else {
        tr.classList.add('no-source');
        source.appendChild(el('span', 'missing', 'no source'));
      }
      if (row.from !== undefined) {
        renderTarget(target, doc, docIndex, penalties, nest(row.target), row.from, row.to);
      }
      if (row.te === row.ts) {
        tr.classList.add('no-target');
        target.appendChild(el('span', 'missing', 'no translation'));
      }
      if (row.se > row.ss && row.te > row.ts && row.confidence < data.lowConfidence) {
        tr.classList.add('low');
        number.title = 'aligned with low confidence (' + row.confidence + '): check that these sentences correspond';
      }
      tr.appendChild(number);
      tr.appendChild(source);
      tr.appendChild(target);
    });
    var list = el('ol', 'findings');
    list.setAttribute('aria-label', 'Findings in ' + doc.path);
    doc.issues.forEach(function (issue, i) {
      var item = el('li');
      item.id = 'l-' + docIndex + '-' + i;
      item.tabIndex = 0;
      item.setAttribute('data-doc', docIndex);
      item.setAttribute('data-index', i);
      item.hidden = !visible(issue);
      item.appendChild(el('span', 'sev sev-' + issue.severity, issue.severity));
      item.appendChild(document.createTextNode(' ' + issue.line + ':' + issue.column + ' '));
      item.appendChild(el('span', 'rule', issue.rule));
      item.appendChild(el('div', 'msg', issue.message));
      if (issue.sourceText !== undefined) {
        var excerpt = el('div', 'src-excerpt', 'source: ');
        excerpt.appendChild(el('span', null, issue.sourceText)).setAttribute('lang', doc.source.language);
        item.appendChild(excerpt);
      }
      list.appendChild(item);
    });
    var wrap = el('div', 'bitext-wrap');
    wrap.appendChild(table);
    var container = section.querySelector('.doc-body');
    container.appendChild(wrap);
    container.appendChild(list);
  }

  function bilingualSections() {
    return Array.prototype.filter.call(document.querySelectorAll('section.doc'), function (section) {
      return data.documents[Number(section.getAttribute('data-doc'))].source !== undefined;
    });
  }

  bilingualSections().forEach(function (section) {
    var details = section.querySelector('details');
    if (details.open) { renderBilingual(section); }
    details.addEventListener('toggle', function () { if (details.open) { renderBilingual(section); } });
    section.setAttribute('data-bilingual', 'true');
  });
  document.querySelectorAll('a[data-open]').forEach(function (link) {
    link.addEventListener('click', function () {
      var section = document.getElementById(link.getAttribute('data-open'));
      if (section && section.getAttribute('data-bilingual')) { renderBilingual(section); }
    });
  });
  window.addEventListener('beforeprint', function () { bilingualSections().forEach(renderBilingual); });

  function sourceOf(mark) {
    var id = mark && mark.getAttribute('data-source');
    return id ? document.getElementById(id) : null;
  }

  /* After report.js has selected a finding: outline its source span and show the source in the details. */
  function followSelection() {
    var current = document.querySelector('mark.f.current');
    var outlined = sourceOf(current);
    document.querySelectorAll('mark.src.current').forEach(function (mark) {
      if (mark !== outlined) { mark.classList.remove('current'); }
    });
    if (!outlined) { return; }
    outlined.classList.add('current');
    var panel = document.getElementById('details'), dl = panel.querySelector('dl');
    if (panel.hidden || !dl || dl.querySelector('[data-source-row]')) { return; }
    var doc = data.documents[Number(current.getAttribute('data-doc'))];
    var issue = doc.issues[Number(current.getAttribute('data-index'))];
    var flagged = dl.querySelector('dd.flagged');
    var after = flagged ? flagged.nextSibling : null;
    [['Source', issue.sourceText || '(position)', 'flagged'],
      ['In source', doc.source.path + ':' + issue.sourceLine + ':' + issue.sourceColumn, null]].forEach(function (row) {
      var dt = el('dt', null, row[0]), dd = el('dd', row[2], row[1]);
      dt.setAttribute('data-source-row', 'true');
      if (row[0] === 'Source') { dd.setAttribute('lang', doc.source.language); }
      dl.insertBefore(dt, after);
      dl.insertBefore(dd, after);
    });
  }

  window.addEventListener('click', function (event) {
    var clicked = event.target.closest ? event.target.closest('mark.src') : null;
    if (clicked) {
      var finding = document.getElementById(clicked.getAttribute('data-finding'));
      if (finding && !finding.classList.contains('off')) {
        finding.click(); // report.js selects it, and this listener follows
        finding.focus({ preventScroll: true });
      }
      return;
    }
    followSelection();
  });
  window.addEventListener('keydown', followSelection);
  window.addEventListener('change', function () {
    document.querySelectorAll('mark.src').forEach(function (mark) {
      var finding = document.getElementById(mark.getAttribute('data-finding'));
      mark.classList.toggle('off', !finding || finding.classList.contains('off'));
    });
  });

  /* Focus or pointer on either side of a finding lights up the other side. */
  function link(event, className, on) {
    var target = event.target.closest ? event.target.closest('mark.f, mark.src') : null;
    if (!target) { return; }
    var other = target.classList.contains('src') ? document.getElementById(target.getAttribute('data-finding')) : sourceOf(target);
    if (other) {
      target.classList.toggle(className, on);
      other.classList.toggle(className, on);
    }
  }
  window.addEventListener('focusin', function (event) { link(event, 'linked', true); });
  window.addEventListener('focusout', function (event) { link(event, 'linked', false); });
  window.addEventListener('mouseover', function (event) { link(event, 'hover', true); });
  window.addEventListener('mouseout', function (event) { link(event, 'hover', false); });
})();
