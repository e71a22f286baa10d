// The editor's background work (docs/integrity.md): a heartbeat that keeps the soft edit lock while the
// page is open, and an autosave of the form to the person's own draft slot while they type. Progressive
// enhancement: without this script the form saves exactly as before, there is just no lock refresh or autosave.
(function () {
    "use strict";
    var form = document.querySelector("form[data-session=on]");
    if (!form || !window.fetch || !window.FormData) {
        return;
    }
    var status = form.querySelector(".editor__autosave");
    var heartbeatMs = 30000;
    var autosaveDelayMs = 3000;
    var pending = null;

    function tokenOnly() {
        var data = new FormData();
        var token = form.querySelector("input[name=__RequestVerificationToken]");
        if (token) {
            data.append("__RequestVerificationToken", token.value);
        }
        return data;
    }

    function post(url, data) {
        return fetch(url, { method: "POST", body: data, credentials: "same-origin" });
    }

    // When someone took over, say so at once; the server-rendered banner with `Take over` comes with the next page load.
    function beat() {
        post(form.dataset.heartbeatUrl, tokenOnly()).then(function (response) {
            return response.ok ? response.json() : null;
        }).then(function (answer) {
            if (answer && answer.heldByOther && status) {
                status.textContent = answer.holder + " is editing this article now; reload to see their changes before saving.";
            }
        }).catch(function () { /* the next beat tries again */ });
    }

    function autosave() {
        pending = null;
        // An autosave keeps text; a chosen lead-image file travels only with a real save.
        var fields = new FormData(form);
        fields.delete('LeadImageFile');
        post(form.dataset.autosaveUrl, fields).then(function (response) {
            if (response.ok && status) {
                status.textContent = "Autosaved to your own draft slot at " + new Date().toLocaleTimeString() + ".";
            }
        }).catch(function () { /* kept typed text is still in the form */ });
    }

    form.addEventListener("input", function () {
        if (pending) {
            clearTimeout(pending);
        }
        pending = setTimeout(autosave, autosaveDelayMs);
    });
    setInterval(beat, heartbeatMs);
})();
