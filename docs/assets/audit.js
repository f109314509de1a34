// The toolkit's self-audit: answers and pledges are kept in this browser (localStorage)
// only. Nothing is sent anywhere. Export as JSON (to load again next year) or CSV, import
// a JSON file, print the action plan. Without JavaScript the form prints as a checklist.
(function () {
  "use strict";
  var form = document.getElementById("guide-audit");
  if (!form) return;
  var KEY = "islington-guide-self-audit-v1";
  var ANSWERS = { "in-place": "In place", "partly": "Partly", "not-yet": "Not yet", "n-a": "Not applicable" };
  var statements = JSON.parse(document.getElementById("guide-audit-statements").textContent);
  var status = form.querySelector(".audit-status");
  var tools = form.querySelector(".audit-tools");
  tools.hidden = false;
  document.documentElement.classList.add("audit-js");

  function field(name) { return form.elements.namedItem(name); }

  function answerOf(id) {
    var checked = form.querySelector('input[name="answer-' + CSS.escape(id) + '"]:checked');
    return checked ? checked.value : "";
  }

  function read() {
    var state = {
      format: "islington-guide-self-audit",
      version: 1,
      organisation: field("organisation").value,
      date: field("date").value,
      answers: {},
      pledges: []
    };
    statements.forEach(function (s) {
      var answer = answerOf(s.id);
      var notes = field("notes-" + s.id).value;
      if (answer || notes) state.answers[s.id] = { answer: answer, notes: notes };
    });
    form.querySelectorAll(".audit-pledge").forEach(function (box) {
      var n = box.getAttribute("data-pledge");
      state.pledges.push({
        what: field("pledge-" + n + "-what").value,
        who: field("pledge-" + n + "-who").value,
        when: field("pledge-" + n + "-when").value,
        measure: field("pledge-" + n + "-measure").value
      });
    });
    return state;
  }

  function write(state) {
    field("organisation").value = state.organisation || "";
    field("date").value = state.date || "";
    statements.forEach(function (s) {
      var saved = (state.answers || {})[s.id] || {};
      form.querySelectorAll('input[name="answer-' + CSS.escape(s.id) + '"]').forEach(function (radio) {
        radio.checked = radio.value === saved.answer;
      });
      field("notes-" + s.id).value = saved.notes || "";
    });
    var pledges = state.pledges || [];
    form.querySelectorAll(".audit-pledge").forEach(function (box, index) {
      var n = box.getAttribute("data-pledge");
      var p = pledges[index] || {};
      field("pledge-" + n + "-what").value = p.what || "";
      field("pledge-" + n + "-who").value = p.who || "";
      field("pledge-" + n + "-when").value = p.when || "";
      field("pledge-" + n + "-measure").value = p.measure || "";
    });
    summarise();
  }

  function summarise() {
    form.querySelectorAll(".audit-summary tr[data-area]").forEach(function (row) {
      var area = Number(row.getAttribute("data-area"));
      var counts = { "in-place": 0, "partly": 0, "not-yet": 0, "n-a": 0, "none": 0 };
      statements.forEach(function (s) {
        if (s.area === area) counts[answerOf(s.id) || "none"] += 1;
      });
      Object.keys(counts).forEach(function (key) {
        row.querySelector('[data-count="' + key + '"]').textContent = counts[key];
      });
    });
  }

  function save() {
    try {
      localStorage.setItem(KEY, JSON.stringify(read()));
    } catch (error) {
      status.textContent = "Your browser did not let us save. Export a file to keep your answers.";
    }
    summarise();
  }

  function download(name, type, text) {
    var link = document.createElement("a");
    link.href = URL.createObjectURL(new Blob([text], { type: type }));
    link.download = name;
    document.body.appendChild(link);
    link.click();
    setTimeout(function () { URL.revokeObjectURL(link.href); link.remove(); }, 0);
  }

  function baseName() {
    var state = read();
    var who = (state.organisation || "self-audit").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
    return (who || "self-audit") + "-" + (state.date || new Date().toISOString().slice(0, 10));
  }

  function csvCell(value) {
    var text = String(value == null ? "" : value);
    // A leading = + - @ would run as a formula in a spreadsheet.
    if (/^[=+\-@]/.test(text)) text = "'" + text;
    return /[",\n]/.test(text) ? '"' + text.replace(/"/g, '""') + '"' : text;
  }

  function toCsv(state) {
    var rows = [["type", "area", "id", "statement", "answer", "notes", "who leads", "by when", "how we will know"]];
    statements.forEach(function (s) {
      var saved = state.answers[s.id] || {};
      rows.push(["statement", s.area, s.id, s.text, ANSWERS[saved.answer] || "", saved.notes || "", "", "", ""]);
    });
    state.pledges.forEach(function (p, index) {
      if (p.what || p.who || p.when || p.measure) {
        rows.push(["pledge", "", "pledge-" + (index + 1), p.what, "", "", p.who, p.when, p.measure]);
      }
    });
    return rows.map(function (row) { return row.map(csvCell).join(","); }).join("\n") + "\n";
  }

  function valid(state) {
    return state && state.format === "islington-guide-self-audit" && state.version === 1 &&
      typeof state.answers === "object" && Array.isArray(state.pledges);
  }

  form.addEventListener("input", save);
  form.addEventListener("change", save);
  form.addEventListener("submit", function (event) { event.preventDefault(); });

  tools.addEventListener("click", function (event) {
    var button = event.target.closest("button[data-action]");
    if (!button) return;
    var action = button.getAttribute("data-action");
    if (action === "export-json") {
      download(baseName() + ".json", "application/json", JSON.stringify(read(), null, 2) + "\n");
      status.textContent = "Exported. Keep the file to load it again next year.";
    } else if (action === "export-csv") {
      download(baseName() + ".csv", "text/csv", toCsv(read()));
      status.textContent = "Exported for spreadsheets.";
    } else if (action === "print-plan") {
      document.documentElement.classList.add("audit-print-plan");
      window.print();
    } else if (action === "clear") {
      if (window.confirm("Clear every answer and pledge on this device?")) {
        localStorage.removeItem(KEY);
        write({ answers: {}, pledges: [] });
        status.textContent = "Cleared.";
      }
    }
  });
  window.addEventListener("afterprint", function () {
    document.documentElement.classList.remove("audit-print-plan");
  });

  tools.querySelector('input[data-action="import"]').addEventListener("change", function (event) {
    var file = event.target.files[0];
    if (!file) return;
    file.text().then(function (text) {
      var state;
      try { state = JSON.parse(text); } catch (error) { state = null; }
      if (!valid(state)) {
        status.textContent = "This file is not a saved self-audit. Choose a .json file exported from this page.";
        return;
      }
      write(state);
      save();
      status.textContent = "Loaded " + file.name + ".";
    });
    event.target.value = "";
  });

  try {
    var saved = JSON.parse(localStorage.getItem(KEY) || "null");
    if (valid(saved)) write(saved); else summarise();
  } catch (error) {
    summarise();
  }
})();
