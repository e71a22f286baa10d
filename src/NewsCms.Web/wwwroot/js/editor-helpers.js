// The editor's helpers (docs/newsroom.md, "Writing"): a live preview of Body rendered by the server's own
// Markdown pipeline, words and reading time, the headline's length against its limit, and Ctrl/⌘+S to save.
// Progressive enhancement: without this script the form, its Preview button and its figures work as before.
(function () {
    "use strict";
    var region = document.querySelector("[data-live-preview-url]");
    var form = region && region.closest("form");
    if (!form) {
        return;
    }
    var body = form.querySelector("#Body");
    var headline = form.querySelector("#Headline");
    var previewDelayMs = 400;
    var wordsPerMinute = 230; // WritingMeasure.WordsPerMinute
    var numbers = new Intl.NumberFormat("en-US");

    // Counted as WritingMeasure.Of does: runs of non-space characters holding a letter or digit.
    function measure(text) {
        var words = text.split(/\s+/).filter(function (token) { return /[\p{L}\p{N}]/u.test(token); }).length;
        var minutes = words === 0 ? 0 : Math.ceil(words / wordsPerMinute);
        return numbers.format(words) + (words === 1 ? " word" : " words") + " · " + minutes + " min read";
    }

    var measureOut = form.querySelector("[data-body-measure]");
    function updateMeasure() {
        if (measureOut && body) {
            measureOut.textContent = measure(body.value);
        }
    }

    var meter = form.querySelector("[data-headline-meter]");
    function updateHeadline() {
        if (!meter || !headline) {
            return;
        }
        var max = parseInt(meter.dataset.max, 10);
        var length = headline.value.trim().length;
        meter.querySelector("meter").value = length;
        meter.querySelector("[data-headline-count]").textContent = length + " of " + max + " characters" +
            (length > max ? ": " + (length - max) + " too many" : "");
        meter.classList.toggle("editor__meter--over", length > max);
    }

    // Only the newest answer is shown: an older request still in flight is cancelled.
    var previewOut = region.querySelector("[data-live-preview]");
    var pending = null;
    var inFlight = null;
    function renderPreview() {
        pending = null;
        if (inFlight) {
            inFlight.abort();
        }
        inFlight = new AbortController();
        var data = new FormData();
        ["__RequestVerificationToken", "Body", "DatelinePlace", "DatelineSource"].forEach(function (name) {
            var field = form.querySelector("[name=" + name + "]");
            if (field) {
                data.append(name, field.value);
            }
        });
        fetch(region.dataset.livePreviewUrl, { method: "POST", body: data, credentials: "same-origin", signal: inFlight.signal })
            .then(function (response) {
                return response.ok ? response.text() : null;
            })
            .then(function (html) {
                // The server sanitised it exactly as a save would (MarkdownRenderer).
                if (html !== null) {
                    previewOut.innerHTML = html;
                }
            })
            .catch(function () { /* aborted, or offline: the next keystroke tries again */ });
    }

    function schedulePreview() {
        if (pending) {
            clearTimeout(pending);
        }
        pending = setTimeout(renderPreview, previewDelayMs);
    }

    if (body && previewOut && window.fetch && window.FormData && window.AbortController) {
        region.querySelector(".editor__live-preview").hidden = false;
        region.classList.add("editor__body--split");
        form.addEventListener("input", function (event) {
            if (event.target === body || event.target.name === "DatelinePlace" || event.target.name === "DatelineSource") {
                schedulePreview();
            }
        });
        if (body.value.trim() !== "") {
            renderPreview();
        }
    }
    // The search result and shared card (SearchAppearance on the server), redrawn from the fields they use.
    var appearance = form.querySelector("[data-appearance-url]");
    var appearanceFields = ["Headline", "Slug", "Standfirst", "Body", "SeoTitle", "SeoDescription", "LeadImageId"];
    var appearancePending = null;
    var appearanceInFlight = null;
    function renderAppearance() {
        appearancePending = null;
        if (appearanceInFlight) {
            appearanceInFlight.abort();
        }
        appearanceInFlight = new AbortController();
        var data = new FormData();
        ["__RequestVerificationToken"].concat(appearanceFields).forEach(function (name) {
            var field = form.querySelector("[name=" + name + "]");
            if (field) {
                data.append(name, field.value);
            }
        });
        if (appearance.dataset.articleId) {
            data.append("id", appearance.dataset.articleId);
        }
        fetch(appearance.dataset.appearanceUrl, { method: "POST", body: data, credentials: "same-origin", signal: appearanceInFlight.signal })
            .then(function (response) {
                return response.ok ? response.text() : null;
            })
            .then(function (html) {
                // Drawn by the server with Razor's encoding, as on the editor page itself.
                if (html !== null) {
                    appearance.innerHTML = html;
                }
            })
            .catch(function () { /* aborted, or offline: the next change tries again */ });
    }
    function scheduleAppearance(event) {
        if (appearanceFields.indexOf(event.target.name) < 0) {
            return;
        }
        if (appearancePending) {
            clearTimeout(appearancePending);
        }
        appearancePending = setTimeout(renderAppearance, previewDelayMs);
    }
    if (appearance && window.fetch && window.FormData && window.AbortController) {
        form.addEventListener("input", scheduleAppearance);
        form.addEventListener("change", scheduleAppearance);
    }

    // "N of about 60 characters" under the search title and description, as the server writes it.
    form.querySelectorAll("[data-seo-count]").forEach(function (count) {
        var field = form.querySelector("#" + count.id.replace(/-count$/, ""));
        if (!field) {
            return;
        }
        field.addEventListener("input", function () {
            var advice = parseInt(count.dataset.advice, 10);
            var length = field.value.trim().length;
            count.textContent = length + " of about " + advice + " characters" + (length > advice ? ": search engines cut the rest" : "");
        });
    });

    if (body) {
        body.addEventListener("input", updateMeasure);
    }
    if (headline) {
        headline.addEventListener("input", updateHeadline);
    }

    // Ctrl+S (⌘+S on a Mac) presses the save button the page shows: Save draft, or Update on a published story.
    document.addEventListener("keydown", function (event) {
        if (!(event.ctrlKey || event.metaKey) || event.altKey || event.key.toLowerCase() !== "s") {
            return;
        }
        var save = form.querySelector("button[name=command][value=SaveDraft], button[name=command][value=Update]");
        if (!save) {
            return;
        }
        event.preventDefault();
        if (form.requestSubmit) {
            form.requestSubmit(save);
        } else {
            save.click();
        }
    });
})();
