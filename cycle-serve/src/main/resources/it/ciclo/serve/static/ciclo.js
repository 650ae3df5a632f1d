// cycle serve: the page follows the store. Every 30 seconds it asks the server which look is the
// latest; when a newer one exists it reloads, unless somebody is typing in a form.
(function () {
  "use strict";
  var shown = document.body.getAttribute("data-scan");
  function busy() {
    var a = document.activeElement;
    if (a && (a.tagName === "INPUT" || a.tagName === "SELECT" || a.tagName === "TEXTAREA")) {
      return true;
    }
    var fields = document.querySelectorAll("form input[type=text], form input[type=password], form input[type=date]");
    for (var i = 0; i < fields.length; i++) {
      if (fields[i].value && fields[i].defaultValue !== fields[i].value) {
        return true;
      }
    }
    return false;
  }
  function check() {
    fetch("/stato.json", {cache: "no-store", credentials: "same-origin"})
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (s) {
        if (s && String(s.scan) !== shown && !busy()) {
          window.location.reload();
        }
      })
      .catch(function () { /* the server is restarting: try again next time */ });
  }
  window.setInterval(check, 30000);
})();
