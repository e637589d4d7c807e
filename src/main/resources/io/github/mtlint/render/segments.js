/* Bilingual files (XLIFF, TMX, TSV): each row and each finding shows the file's own segment id, where bilingual.js
   shows a row number and a line and column of the extracted text. Added only to pages with such files, so that
   other pages stay as they were; it relabels what bilingual.js and report.js render, whenever they render it. */
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('mtlint-data').textContent);

  function position(issue) {
    return issue.segment + ':' + issue.column;
  }

  function relabel() {
    document.querySelectorAll('section.doc[data-doc]').forEach(function (section) {
      var doc = data.documents[Number(section.getAttribute('data-doc'))];
      if (!doc || !doc.source || !doc.source.ids) { return; }
      section.querySelectorAll('tr.seg[data-segment]:not([data-id])').forEach(function (tr) {
        var id = doc.source.ids[Number(tr.getAttribute('data-segment'))];
        var number = tr.querySelector('td.n');
        tr.setAttribute('data-id', id === undefined ? '' : id);
        if (id !== undefined && number) { number.textContent = id; }
      });
      // ids are wider than row numbers: the column fits the longest, within reason, so that "title" does not wrap
      var head = section.querySelector('table.bitext th.n');
      if (head && !head.style.width) {
        var longest = doc.source.ids.reduce(function (n, id) { return Math.max(n, String(id).length); }, 1);
        head.style.width = 'calc(' + Math.min(longest, 16) + 'ch + 16px)';
      }
      section.querySelectorAll('li[data-index]:not([data-id])').forEach(function (item) {
        var issue = doc.issues[Number(item.getAttribute('data-index'))];
        item.setAttribute('data-id', issue && issue.segment !== undefined ? issue.segment : '');
        var label = item.querySelector('span.sev');
        if (issue && issue.segment !== undefined && label && label.nextSibling && label.nextSibling.nodeType === 3) {
          label.nextSibling.textContent = ' ' + position(issue) + ' ';
        }
      });
    });
  }

  /* The details panel: the segment instead of a line of the extracted text. */
  function relabelDetails() {
    var current = document.querySelector('mark.f.current');
    var doc = current && data.documents[Number(current.getAttribute('data-doc'))];
    var issue = doc && doc.issues[Number(current.getAttribute('data-index'))];
    if (!issue || issue.segment === undefined) { return; }
    document.querySelectorAll('#details dt').forEach(function (dt) {
      var dd = dt.nextElementSibling;
      if (!dd) { return; }
      if (dt.textContent === 'Position') { dd.textContent = doc.path + '#' + position(issue); }
      if (dt.textContent === 'In source') { dd.textContent = doc.source.path + '#' + issue.segment; }
    });
  }

  new MutationObserver(relabel).observe(document.documentElement, { childList: true, subtree: true });
  document.addEventListener('DOMContentLoaded', relabel);
  window.addEventListener('click', relabelDetails);
  window.addEventListener('keydown', relabelDetails);
}());
