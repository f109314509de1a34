// The Print button on a leaflet page (hidden without JavaScript: use the browser's print).
(function () {
  var button = document.querySelector(".leaflet-print");
  if (!button) return;
  button.hidden = false;
  button.addEventListener("click", function () { window.print(); });
})();
