// loopbaanbot studio: the checks while a coordinator types in a question's form (the form also works
// without this script: saving shows the same checks next to each field).
"use strict";

(function () {
  const form = document.getElementById("vraagformulier");
  const holder = document.getElementById("controle");
  if (!form || !holder || !form.dataset.check) {
    return;
  }
  const section = holder.closest("section");
  let timer = null;
  let asked = 0;

  function check() {
    const number = ++asked;
    const data = new FormData(form);
    fetch(form.dataset.check, {
      method: "POST",
      body: data,
      headers: { "X-Requested-With": "fetch" },
      credentials: "same-origin",
    }).then(function (response) {
      return response.ok ? response.text() : null;
    }).then(function (html) {
      if (html === null || number !== asked) {
        return;
      }
      // The fragment is the server's own template (every text escaped there).
      holder.innerHTML = html;
      if (section) {
        section.hidden = false;
      }
    }).catch(function () { /* offline: saving still checks */ });
  }

  form.addEventListener("input", function () {
    window.clearTimeout(timer);
    timer = window.setTimeout(check, 700);
  });
})();
