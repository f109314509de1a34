// The Print button on a leaflet page (hidden without JavaScript: use the browser's print).
(function () {
  var button = document.querySelector(".leaflet-print");
  if (!button) return;
  button.hidden = false;
  button.addEventListener("click", function () { window.print(); });
})();

// "Printed on": a leaflet printed from the browser on a later day than the guide was built
// shows the day it is printed (London time), in the page's language.
(function () {
  var stamps = document.querySelectorAll(".leaflet-printed[data-printed]");
  if (!stamps.length || !window.Intl) return;
  function londonDay(format) {
    return new Intl.DateTimeFormat(format.locale, format.options).format(new Date());
  }
  function stamp() {
    var iso = londonDay({ locale: "en-CA", options: { timeZone: "Europe/London" } });
    var lang = document.documentElement.lang || "en";
    stamps.forEach(function (element) {
      var template = element.getAttribute("data-printed");
      if (!template || element.getAttribute("data-built") === iso) return;  // already true
      var day;
      try {
        day = londonDay({
          locale: lang === "en" ? "en-GB" : lang,
          options: { dateStyle: "long", timeZone: "Europe/London" },
        });
      } catch (error) {
        return;
      }
      element.textContent = template.replace("{date}", day);
    });
  }
  window.addEventListener("beforeprint", stamp);
})();
