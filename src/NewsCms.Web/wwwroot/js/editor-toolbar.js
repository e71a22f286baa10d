// The formatting toolbar above Body (docs/newsroom.md, "Writing"): each button writes Markdown around the
// selection, as one could by hand (the hint under Body says how). Without script the toolbar stays hidden.
// A toolbar in the ARIA sense: one Tab stop, arrow keys move between buttons; Ctrl/⌘+B and +I in Body.
(function () {
    "use strict";
    var toolbar = document.querySelector("[data-format-toolbar]");
    var body = document.getElementById("Body");
    if (!toolbar || !body || body.matches(":disabled") || body.readOnly) {
        return;
    }

    // Through the browser's own editing where it can, so Ctrl+Z undoes a button; it fires "input" itself.
    function replace(start, end, text, selectFrom, selectTo) {
        body.focus();
        body.setSelectionRange(start, end);
        var done = false;
        try {
            done = document.execCommand("insertText", false, text);
        } catch (e) {
            done = false;
        }
        if (!done || body.value.slice(start, start + text.length) !== text) {
            body.setRangeText(text, start, end, "end");
            body.dispatchEvent(new Event("input", { bubbles: true }));
        }
        body.setSelectionRange(selectFrom, selectTo);
    }

    // **bold**, _italic_: around the selection, or around a word to type over.
    function wrap(mark, placeholder) {
        var start = body.selectionStart, end = body.selectionEnd;
        var selected = body.value.slice(start, end);
        var inner = selected || placeholder;
        replace(start, end, mark + inner + mark, start + mark.length, start + mark.length + inner.length);
    }

    // [words](https://): the address is selected, ready to be typed or pasted.
    function link() {
        var start = body.selectionStart, end = body.selectionEnd;
        var words = body.value.slice(start, end) || "link text";
        var text = "[" + words + "](https://)";
        var at = start + words.length + 3;
        replace(start, end, text, at, at + "https://".length);
    }

    // "- ", "> ", "## " at the start of each line the selection touches; pressed again, taken away.
    function prefixLines(prefix) {
        var value = body.value;
        var start = value.lastIndexOf("\n", body.selectionStart - 1) + 1;
        var endAt = body.selectionEnd > body.selectionStart && value[body.selectionEnd - 1] === "\n" ? body.selectionEnd - 1 : body.selectionEnd;
        var end = value.indexOf("\n", endAt);
        if (end < 0) {
            end = value.length;
        }
        var lines = value.slice(start, end).split("\n");
        var all = lines.every(function (line) { return line.indexOf(prefix) === 0 || line.trim() === ""; });
        var text = lines.map(function (line) {
            if (line.trim() === "") {
                return line;
            }
            return all ? line.slice(prefix.length) : prefix + line;
        }).join("\n");
        replace(start, end, text, start, start + text.length);
    }

    var pictures = document.querySelector("[data-body-pictures]");
    function picture() {
        pictures.open = true;
        var first = pictures.querySelector("[data-insert-snippet]:not([hidden])") || pictures.querySelector("summary");
        first.focus();
        first.scrollIntoView({ block: "nearest" });
    }

    var actions = {
        bold: function () { wrap("**", "bold text"); },
        italic: function () { wrap("_", "italic text"); },
        link: link,
        list: function () { prefixLines("- "); },
        quote: function () { prefixLines("> "); },
        heading: function () { prefixLines("## "); },
        picture: picture
    };

    var buttons = Array.prototype.slice.call(toolbar.querySelectorAll("[data-format]"));
    if (!pictures) {
        // No picture in the library yet: nothing to open.
        buttons = buttons.filter(function (button) {
            if (button.dataset.format === "picture") {
                button.remove();
                return false;
            }
            return true;
        });
    }
    buttons.forEach(function (button, index) {
        button.tabIndex = index === 0 ? 0 : -1;
        button.addEventListener("mousedown", function (event) {
            event.preventDefault(); // keep the selection in Body
        });
        button.addEventListener("click", function () {
            buttons.forEach(function (other) { other.tabIndex = other === button ? 0 : -1; });
            actions[button.dataset.format]();
        });
    });

    toolbar.addEventListener("keydown", function (event) {
        var index = buttons.indexOf(document.activeElement);
        if (index < 0) {
            return;
        }
        var next = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: buttons.length - 1 }[event.key];
        if (next === undefined) {
            return;
        }
        event.preventDefault();
        next = (next + buttons.length) % buttons.length;
        buttons[index].tabIndex = -1;
        buttons[next].tabIndex = 0;
        buttons[next].focus();
    });

    body.addEventListener("keydown", function (event) {
        if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) {
            return;
        }
        var key = event.key.toLowerCase();
        if (key === "b" || key === "i") {
            event.preventDefault();
            actions[key === "b" ? "bold" : "italic"]();
        }
    });

    toolbar.hidden = false;
})();
