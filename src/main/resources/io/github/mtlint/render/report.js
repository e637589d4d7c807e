(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('mtlint-data').textContent);
  var filters = { severities: { critical: true, major: true, minor: true, neutral: true }, category: '', rule: '' };
  var current = null;

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined && text !== null) { node.textContent = text; }
    return node;
  }

  function visible(issue) {
    return filters.severities[issue.severity] && (!filters.category || issue.category === filters.category)
      && (!filters.rule || issue.rule === filters.rule);
  }

  /* Findings nest where they can; a finding that starts inside another and ends after it is cut at the other's
     end (and marked so), so that every finding is still exactly one element. */
  function nest(issues) {
    var order = issues.map(function (issue, i) { return { issue: issue, i: i, s: issue.s, e: issue.e, children: [], clipped: false }; });
    order.sort(function (a, b) { return a.s - b.s || b.e - a.e || a.i - b.i; });
    var roots = [], stack = [];
    order.forEach(function (node) {
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

  function appendText(container, doc, penalties, from, to) {
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

  function renderNodes(container, doc, docIndex, penalties, nodes, from, to) {
    var pos = from;
    nodes.forEach(function (node) {
      if (node.s > pos) { appendText(container, doc, penalties, pos, node.s); }
      var issue = node.issue;
      var mark = el('mark', 'f' + (node.s === node.e ? ' empty' : '') + (visible(issue) ? '' : ' off'));
      mark.id = 'f-' + docIndex + '-' + node.i;
      mark.tabIndex = 0;
      mark.setAttribute('data-rule', issue.rule);
      mark.setAttribute('data-severity', issue.severity);
      mark.setAttribute('data-category', issue.category);
      mark.setAttribute('data-doc', docIndex);
      mark.setAttribute('data-index', node.i);
      if (node.clipped) { mark.setAttribute('data-clipped', 'true'); }
      mark.title = issue.severity + ' [' + issue.rule + '] ' + issue.message;
      renderNodes(mark, doc, docIndex, penalties, node.children, node.s, node.e);
      container.appendChild(mark);
      pos = Math.max(pos, node.e);
    });
    if (pos < to) { appendText(container, doc, penalties, pos, to); }
  }

  function renderDocument(section) {
    if (section.getAttribute('data-rendered')) { return; }
    section.setAttribute('data-rendered', 'true');
    var docIndex = Number(section.getAttribute('data-doc'));
    var doc = data.documents[docIndex];
    var body = section.querySelector('.doc-body');
    var text = el('div', 'text');
    text.setAttribute('lang', 'en');
    renderNodes(text, doc, docIndex, sentencePenalties(doc), nest(doc.issues), 0, doc.text.length);
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
      list.appendChild(item);
    });
    body.appendChild(text);
    body.appendChild(list);
  }

  function showDetails(docIndex, i) {
    var doc = data.documents[docIndex], issue = doc.issues[i], panel = document.getElementById('details');
    var rule = data.rules[issue.rule] || {};
    panel.textContent = '';
    var close = el('button', 'close', '\u00D7');
    close.setAttribute('aria-label', 'Close');
    close.addEventListener('click', hideDetails);
    panel.appendChild(close);
    panel.appendChild(el('h3', 'sev-' + issue.severity, issue.message));
    var dl = el('dl');
    function row(name, value, className) { dl.appendChild(el('dt', null, name)); dl.appendChild(el('dd', className || null, value)); }
    row('Flagged', issue.text || '(position)', 'flagged');
    row('Rule', issue.rule);
    row('Category', issue.category);
    row('Severity', issue.severity);
    row('Position', doc.path + ':' + issue.line + ':' + issue.column);
    if (issue.suggestions.length) { row('Suggestions', issue.suggestions.join(' | '), 'flagged'); }
    if (rule.description) { row('About', rule.description); }
    panel.appendChild(dl);
    panel.hidden = false;
  }

  function hideDetails() { document.getElementById('details').hidden = true; }

  function select(docIndex, i, focus) {
    if (current) {
      ['f-', 'l-'].forEach(function (prefix) {
        var old = document.getElementById(prefix + current[0] + '-' + current[1]);
        if (old) { old.classList.remove('current'); }
      });
    }
    current = [docIndex, i];
    var mark = document.getElementById('f-' + docIndex + '-' + i), item = document.getElementById('l-' + docIndex + '-' + i);
    if (mark) { mark.classList.add('current'); if (focus) { mark.focus(); } mark.scrollIntoView({ block: 'center' }); }
    if (item) { item.classList.add('current'); item.scrollIntoView({ block: 'nearest' }); }
    showDetails(docIndex, i);
  }

  function applyFilters() {
    document.querySelectorAll('mark.f').forEach(function (mark) {
      var issue = data.documents[mark.getAttribute('data-doc')].issues[mark.getAttribute('data-index')];
      mark.classList.toggle('off', !visible(issue));
    });
    document.querySelectorAll('ol.findings li').forEach(function (item) {
      var issue = data.documents[item.getAttribute('data-doc')].issues[item.getAttribute('data-index')];
      item.hidden = !visible(issue);
    });
  }

  function step(direction) {
    var marks = Array.prototype.filter.call(document.querySelectorAll('mark.f'), function (m) { return !m.classList.contains('off'); });
    if (!marks.length) { return; }
    var at = -1;
    if (current) {
      var id = 'f-' + current[0] + '-' + current[1];
      marks.forEach(function (m, k) { if (m.id === id) { at = k; } });
    }
    var next = marks[(at + direction + marks.length) % marks.length];
    select(Number(next.getAttribute('data-doc')), Number(next.getAttribute('data-index')), true);
  }

  document.addEventListener('click', function (event) {
    var target = event.target.closest ? event.target.closest('mark.f, ol.findings li') : null;
    if (target && !(target.tagName === 'MARK' && target.classList.contains('off'))) {
      select(Number(target.getAttribute('data-doc')), Number(target.getAttribute('data-index')), target.tagName === 'LI');
    }
  });
  document.addEventListener('keydown', function (event) {
    if (event.target && /^(INPUT|SELECT|TEXTAREA)$/.test(event.target.tagName)) { return; }
    if (event.key === 'j' || event.key === 'n') { step(1); event.preventDefault(); }
    else if (event.key === 'k' || event.key === 'p') { step(-1); event.preventDefault(); }
    else if (event.key === 'Escape') { hideDetails(); }
    else if (event.key === 'Enter' && event.target.matches && event.target.matches('mark.f, ol.findings li')) {
      select(Number(event.target.getAttribute('data-doc')), Number(event.target.getAttribute('data-index')), true);
    }
  });
  document.querySelectorAll('input[data-severity-filter]').forEach(function (box) {
    box.addEventListener('change', function () { filters.severities[box.getAttribute('data-severity-filter')] = box.checked; applyFilters(); });
  });
  document.getElementById('filter-category').addEventListener('change', function (e) { filters.category = e.target.value; applyFilters(); });
  document.getElementById('filter-rule').addEventListener('change', function (e) { filters.rule = e.target.value; applyFilters(); });

  document.querySelectorAll('section.doc').forEach(function (section) {
    var details = section.querySelector('details');
    if (details.open) { renderDocument(section); }
    details.addEventListener('toggle', function () { if (details.open) { renderDocument(section); } });
  });
  document.querySelectorAll('a[data-open]').forEach(function (link) {
    link.addEventListener('click', function () {
      var section = document.getElementById(link.getAttribute('data-open'));
      section.querySelector('details').open = true;
      renderDocument(section);
    });
  });
  window.addEventListener('beforeprint', function () {
    document.querySelectorAll('section.doc').forEach(function (section) {
      section.querySelector('details').open = true;
      renderDocument(section);
    });
  });

  document.querySelectorAll('table.sortable th').forEach(function (th, column) {
    th.addEventListener('click', function () {
      var table = th.closest('table'), body = table.tBodies[0];
      var ascending = th.getAttribute('aria-sort') !== 'ascending';
      table.querySelectorAll('th').forEach(function (other) { other.setAttribute('aria-sort', 'none'); });
      th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
      var numeric = th.getAttribute('data-sort') === 'number';
      var rows = Array.prototype.slice.call(body.rows);
      rows.sort(function (a, b) {
        var x = a.cells[column].getAttribute('data-value'), y = b.cells[column].getAttribute('data-value');
        var c = numeric ? Number(x) - Number(y) : x.localeCompare(y);
        return ascending ? c : -c;
      });
      rows.forEach(function (row) { body.appendChild(row); });
    });
  });
})();
