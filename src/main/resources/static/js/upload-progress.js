// Moves the bar of an htmx upload (the Excel page): an inline script would be blocked by the app's CSP.
document.addEventListener('htmx:xhr:progress', function (event) {
  var bar = document.getElementById('upload-bar');
  if (bar && event.detail.lengthComputable) {
    bar.value = event.detail.loaded / event.detail.total * 100;
  }
});
