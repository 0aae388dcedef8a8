// A form with data-confirm asks before it is sent (the app's CSP forbids inline handlers): deleting a plan target,
// issuing the consolidated report while reporters are missing. Cancelling sends nothing.
document.addEventListener('submit', function (event) {
  var form = event.target;
  var question = form.getAttribute && form.getAttribute('data-confirm');
  if (question && !window.confirm(question)) {
    event.preventDefault();
    event.stopImmediatePropagation();
  }
}, true);
