/* Islington guide: small enhancements. Everything works without this file.
   No network requests, no cookies, no storage. */
(function () {
  "use strict";

  /* ---------- Exit this page (GOV.UK Design System pattern) ---------- */
  function exitPage(url) {
    document.body.classList.add("guide-exiting");
    document.title = "Loading";
    window.location.replace(url);
  }

  function setUpExit() {
    var button = document.querySelector(".guide-exit__button");
    if (!button) return;
    var url = button.getAttribute("data-exit-url") || button.getAttribute("href");
    button.addEventListener("click", function (event) {
      event.preventDefault();
      exitPage(url);
    });
    var presses = [];
    document.addEventListener("keydown", function (event) {
      if (event.key !== "Shift") { presses = []; return; }
      if (event.repeat) return;
      var now = Date.now();
      presses = presses.filter(function (t) { return now - t < 2000; });
      presses.push(now);
      if (presses.length >= 3) { presses = []; exitPage(url); }
    });
  }

  /* ---------- London time, for "Open now" and "may be out of date" ---------- */
  var DAYS = { Mon: 0, Tue: 1, Wed: 2, Thu: 3, Fri: 4, Sat: 5, Sun: 6 };

  function londonNow() {
    var parts = {};
    new Intl.DateTimeFormat("en-GB", {
      timeZone: "Europe/London", weekday: "short", year: "numeric", month: "2-digit",
      day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23"
    }).formatToParts(new Date()).forEach(function (p) { parts[p.type] = p.value; });
    return {
      day: DAYS[parts.weekday],
      minutes: parseInt(parts.hour, 10) * 60 + parseInt(parts.minute, 10),
      date: parts.year + "-" + parts.month + "-" + parts.day
    };
  }

  /* spans: [[days 0=Monday..6, opens minutes, closes minutes], ...]; null if unknown */
  function isOpen(hours, now) {
    if (!hours) return null;
    var spans;
    try { spans = JSON.parse(hours); } catch (e) { return null; }
    return spans.some(function (s) {
      return s[0].indexOf(now.day) !== -1 && now.minutes >= s[1] && now.minutes < s[2];
    });
  }

  function showOpen(element, open) {
    if (open === null || !element) return;
    element.textContent = open ? element.getAttribute("data-open-label")
                               : element.getAttribute("data-closed-label");
    element.classList.add(open ? "guide-is-open" : "guide-is-closed");
    element.hidden = false;
  }

  /* ---------- Filters on category pages ---------- */
  function setUpFilters(now) {
    var form = document.querySelector(".guide-filters");
    if (!form) return;
    var cards = Array.prototype.slice.call(document.querySelectorAll(".guide-card"));
    var count = document.querySelector(".guide-count");
    var none = document.querySelector(".guide-none");
    cards.forEach(function (card) {
      card._open = isOpen(card.getAttribute("data-hours"), now);
      showOpen(card.querySelector(".guide-card__open"), card._open);
    });
    function apply() {
      var language = form.elements.language.value;
      var shown = 0;
      cards.forEach(function (card) {
        var ok = (!form.elements.self.checked || card.getAttribute("data-self") === "1") &&
          (!form.elements.free.checked || card.getAttribute("data-free") === "1") &&
          (!form.elements.stepfree.checked || card.getAttribute("data-stepfree") === "1") &&
          (!form.elements.open.checked || card._open === true) &&
          (!language || (" " + card.getAttribute("data-languages") + " ").indexOf(" " + language + " ") !== -1);
        card.hidden = !ok;
        if (ok) shown += 1;
      });
      var template = count.getAttribute("data-showing");
      count.textContent = template.replace("{shown}", shown).replace("{total}", cards.length);
      none.hidden = shown !== 0;
    }
    form.addEventListener("change", apply);
    form.addEventListener("submit", function (event) { event.preventDefault(); apply(); });
    form.hidden = false;
  }

  function setUpServicePage(now) {
    showOpen(document.querySelector(".guide-open-status"),
      isOpen((document.querySelector(".guide-open-status") || { getAttribute: function () { return null; } }).getAttribute("data-hours"), now));
    var stale = document.querySelector(".guide-stale");
    if (stale && now.date > stale.getAttribute("data-next-check")) stale.hidden = false;
  }

  function start() {
    var now = londonNow();
    setUpExit();
    setUpFilters(now);
    setUpServicePage(now);
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start, { once: true });
  else start();
})();
