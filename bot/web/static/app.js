// loopbaanbot: the chat without reloading the page, and what the bot sends by itself (server-sent events).
// Everything also works without this script: forms post and the page reloads.
"use strict";

(function () {
  const log = document.getElementById("log");

  document.addEventListener("click", function (event) {
    const target = event.target;
    if (target instanceof HTMLElement && target.closest("[data-print]")) {
      window.print();
    }
  });

  if (!log) {
    return;
  }
  const say = document.getElementById("zeg");
  const box = document.getElementById("bericht");
  let last = Number(log.dataset.last || "0");
  let sending = false;

  function setLast(id) {
    if (id > last) {
      last = id;
    }
    log.dataset.last = String(last);
    document.querySelectorAll('input[name="na"]').forEach(function (input) {
      input.value = String(last);
    });
  }

  function append(html) {
    const holder = document.createElement("div");
    holder.innerHTML = html;
    const incoming = Array.from(holder.children).filter(function (node) {
      return !document.getElementById(node.id);
    });
    if (incoming.length) {
      // Only the latest question keeps its buttons: anything new makes the old ones history.
      log.querySelectorAll(".choices").forEach(function (form) { form.remove(); });
    }
    incoming.forEach(function (node) { log.appendChild(node); });
    const newest = log.lastElementChild;
    if (newest) {
      newest.scrollIntoView({ block: "end" });
    }
  }

  function notice(text) {
    let holder = document.getElementById("chat-notice");
    if (!holder) {
      holder = document.createElement("p");
      holder.id = "chat-notice";
      holder.className = "problem";
      holder.setAttribute("role", "alert");
      say.insertBefore(holder, say.firstChild);
    }
    holder.textContent = text;
  }

  async function post(form, submitter) {
    if (sending) {
      return;
    }
    sending = true;
    const buttons = form.querySelectorAll("button");
    buttons.forEach(function (button) { button.disabled = true; });
    const data = new FormData(form);
    const sent = form === say && box ? box.value : null;
    if (submitter && submitter.name) {
      data.set(submitter.name, submitter.value);
    }
    try {
      const response = await fetch(form.action, {
        method: "POST",
        body: new URLSearchParams(data),
        headers: { "X-Requested-With": "fetch" },
        credentials: "same-origin",
      });
      if (response.status === 409 || response.status === 401) {
        // The page is out of date, or the login ended: let the server show the whole page.
        form.dataset.plain = "yes";
        if (submitter) {
          const hidden = document.createElement("input");
          hidden.type = "hidden";
          hidden.name = submitter.name;
          hidden.value = submitter.value;
          form.appendChild(hidden);
        }
        form.submit();
        return;
      }
      if (!response.ok) {
        notice(await response.text());
        return;
      }
      const reply = await response.json();
      append(reply.html);
      setLast(reply.last);
      if (form === say && box && box.value === sent) {
        box.value = "";  // only what was sent: words typed meanwhile stay
      }
      if (box) {
        box.focus();
      }
    } catch (error) {
      notice(say.dataset.offline || "");
    } finally {
      sending = false;
      buttons.forEach(function (button) { button.disabled = false; });
    }
  }

  document.addEventListener("submit", function (event) {
    const form = event.target;
    if (!(form instanceof HTMLFormElement) || form.dataset.plain === "yes") {
      return;
    }
    if (form === say || form.classList.contains("choices") || form.closest(".commands")) {
      event.preventDefault();
      post(form, event.submitter);
    }
  });

  if (box) {
    box.addEventListener("keydown", function (event) {
      if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
        event.preventDefault();
        say.requestSubmit();
      }
    });
  }

  if (window.EventSource) {
    const stream = new EventSource("/chat/stream?na=" + last);
    stream.addEventListener("bericht", function (event) {
      append(event.data);
      if (event.lastEventId) {
        setLast(Number(event.lastEventId));
      }
    });
  }
})();
