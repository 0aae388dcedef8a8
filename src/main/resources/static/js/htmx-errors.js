// htmx leaves the page unchanged when a request is refused (403, 409, 5xx) or never arrives (a commune on a slow
// link): say so in the page's banner, with the server's own message where its answer carries one.
(function () {
  function banner() {
    return document.getElementById('htmx-error');
  }
  function show(text) {
    var b = banner();
    if (!b) {
      return;
    }
    b.textContent = text;
    // an alert only once there is something to say: a hidden empty alert would be one more alert on every page
    b.classList.add('alert', 'alert-danger');
    b.setAttribute('role', 'alert');
    b.classList.remove('d-none');
    b.scrollIntoView({ block: 'nearest' });
  }
  document.addEventListener('htmx:beforeRequest', function () {
    var b = banner();
    if (b) {
      b.classList.add('d-none');
      b.classList.remove('alert', 'alert-danger');
      b.removeAttribute('role');
    }
  });
  document.addEventListener('htmx:beforeSwap', function (event) {
    var xhr = event.detail.xhr;
    if (xhr.status < 400) {
      return;
    }
    var text = null;
    try {
      var doc = new DOMParser().parseFromString(xhr.responseText, 'text/html');
      doc.querySelectorAll('[role=alert]').forEach(function (el) {
        if (!text && el.id !== 'htmx-error' && el.textContent.trim()) {
          text = el.textContent.trim().replace(/\s+/g, ' ');
        }
      });
    } catch (e) {
      text = null;
    }
    show(text || (banner() ? banner().getAttribute('data-failed') + ' (' + xhr.status + ')' : ''));
  });
  document.addEventListener('htmx:sendError', function () {
    show(banner() ? banner().getAttribute('data-offline') : '');
  });
})();
