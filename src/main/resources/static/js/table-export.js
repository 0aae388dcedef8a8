// Adds an "export to Excel" button above every table marked data-export="title": the rendered cells go to the
// server, which writes them as an .xlsx with the same columns (numbers and dates as real numbers and dates).
document.addEventListener('DOMContentLoaded', function () {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  document.querySelectorAll('table[data-export]').forEach(function (table) {
    var button = document.createElement('button');
    button.type = 'button';
    button.className = 'btn btn-sm btn-outline-secondary mb-1 table-export';
    button.textContent = table.dataset.exportLabel || document.body.dataset.exportLabel || 'Excel';
    button.addEventListener('click', function () {
      // what the user sees in a cell: the chosen option or typed value of a control, never buttons or hidden fields
      var text = function (cell) {
        var controls = cell.querySelectorAll('select, textarea, input:not([type=hidden]):not([type=submit]):not([type=button])');
        if (controls.length) {
          return Array.prototype.map.call(controls, function (c) {
            if (c.tagName === 'SELECT') { return c.selectedIndex >= 0 ? c.options[c.selectedIndex].text : ''; }
            if (c.type === 'checkbox' || c.type === 'radio') { return c.checked ? '✓' : ''; }
            return c.value;
          }).join(' ').replace(/\s+/g, ' ').trim();
        }
        var copy = cell.cloneNode(true);
        copy.querySelectorAll('button, form, .visually-hidden').forEach(function (b) { b.remove(); });
        return (copy.textContent || '').replace(/\s+/g, ' ').trim();
      };
      var headRow = table.tHead ? table.tHead.rows[table.tHead.rows.length - 1] : table.rows[0];
      // a column whose heading says data-export-skip (actions: edit, delete) stays out of the workbook
      var kept = function (cells) {
        return Array.prototype.filter.call(cells, function (cell, i) {
          return !(headRow.cells[i] && headRow.cells[i].hasAttribute('data-export-skip'));
        });
      };
      var columns = kept(headRow.cells).map(text);
      var rows = [];
      Array.prototype.forEach.call(table.tBodies, function (body) {
        Array.prototype.forEach.call(body.rows, function (row) {
          // a row marked data-export-skip (details under a line: history, forms) stays out too
          if (!row.hasAttribute('data-export-skip')) { rows.push(kept(row.cells).map(text)); }
        });
      });
      var headers = { 'Content-Type': 'application/json' };
      if (token && header) { headers[header.content] = token.content; }
      button.disabled = true;
      fetch(button.ownerDocument.body.dataset.exportUrl || '/exports/table.xlsx', {
        method: 'POST', headers: headers, credentials: 'same-origin',
        body: JSON.stringify({ title: table.dataset.export || document.title, columns: columns, rows: rows })
      }).then(function (response) {
        if (!response.ok) { throw new Error(response.status); }
        var disposition = response.headers.get('Content-Disposition') || '';
        var match = /filename="?([^";]+)"?/.exec(disposition);
        return response.blob().then(function (blob) { return { blob: blob, name: match ? match[1] : 'bang.xlsx' }; });
      }).then(function (file) {
        var link = document.createElement('a');
        link.href = URL.createObjectURL(file.blob);
        link.download = file.name;
        document.body.appendChild(link);
        link.click();
        link.remove();
      }).finally(function () { button.disabled = false; });
    });
    table.parentNode.insertBefore(button, table);
  });
});
