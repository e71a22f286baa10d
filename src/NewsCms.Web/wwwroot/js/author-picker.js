// The staff authors, picked by typing a name (docs/newsroom.md, "Writing"). The multiple select the server
// writes stays the form's field and is what posts: this script only hides it from sight and keeps it in step
// (chosen options first, in the order chosen, since a select posts in list order). Without script the
// select works as before. Anything that sets the select directly (a test choosing options) is followed too.
(function () {
    "use strict";
    var select = document.querySelector("select#AuthorIds[multiple]");
    if (!select || select.matches(":disabled")) {
        return;
    }
    var options = Array.prototype.slice.call(select.options);
    var chosen = options.filter(function (o) { return o.selected; }).map(function (o) { return o.value; });
    var byId = {};
    options.forEach(function (o) { byId[o.value] = o; });

    function fold(text) {
        return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
    }
    function el(tag, attributes, text) {
        var node = document.createElement(tag);
        Object.keys(attributes).forEach(function (name) { node.setAttribute(name, attributes[name]); });
        if (text) {
            node.textContent = text;
        }
        return node;
    }

    // Named apart from the select's label ("Staff authors") and from "Byline", so a search by label still finds one control each.
    var picker = el("div", { "class": "author-picker" });
    var list = el("ul", { "class": "author-picker__chosen", "aria-label": "Chosen writers" });
    var label = el("label", { "for": "AuthorIds-find", "class": "author-picker__label" }, "Find a writer");
    var input = el("input", {
        id: "AuthorIds-find", type: "text", role: "combobox", autocomplete: "off", "aria-autocomplete": "list",
        "aria-expanded": "false", "aria-controls": "AuthorIds-matches", "aria-describedby": "AuthorIds-find-hint"
    });
    var hint = el("span", { id: "AuthorIds-find-hint", "class": "field__hint" }, "Type part of a name, then choose with the arrow keys and Enter, or click. The byline follows the order chosen.");
    var matches = el("ul", { id: "AuthorIds-matches", role: "listbox", "aria-label": "Matching writers", "class": "author-picker__matches" });
    matches.hidden = true;
    // aria-live without role="status": the page's one status is the save notice, which people and tests look for.
    var status = el("p", { "class": "visually-hidden", "aria-live": "polite" });
    picker.append(list, label, hint, input, matches, status);
    select.after(picker);
    select.classList.add("visually-hidden");
    select.setAttribute("aria-hidden", "true");
    select.tabIndex = -1;
    var oldHint = document.getElementById("AuthorIds-hint");
    if (oldHint) {
        oldHint.textContent = "Optional: when chosen, they are the byline, in the order shown.";
    }

    // Chosen first, in the order chosen: the select posts its options in list order.
    function sync(quiet) {
        chosen.forEach(function (id) { select.appendChild(byId[id]); });
        options.forEach(function (o) {
            o.selected = chosen.indexOf(o.value) >= 0;
            if (!o.selected) {
                select.appendChild(o);
            }
        });
        list.textContent = "";
        chosen.forEach(function (id) {
            var name = byId[id].textContent;
            var item = el("li", { "class": "author-picker__name" });
            var remove = el("button", { type: "button", "class": "author-picker__remove", "aria-label": "Remove " + name }, "\u00d7");
            remove.addEventListener("click", function () {
                chosen = chosen.filter(function (other) { return other !== id; });
                sync();
                status.textContent = name + " taken off.";
                input.focus();
            });
            item.append(el("span", {}, name), remove);
            list.appendChild(item);
        });
        list.hidden = chosen.length === 0;
        if (!quiet) {
            select.dispatchEvent(new Event("input", { bubbles: true })); // autosave listens
        }
    }

    var active = -1;
    function shown() {
        return Array.prototype.slice.call(matches.children);
    }
    function close() {
        matches.hidden = true;
        input.setAttribute("aria-expanded", "false");
        input.removeAttribute("aria-activedescendant");
        active = -1;
    }
    function highlight(index) {
        var items = shown();
        items.forEach(function (item, i) { item.setAttribute("aria-selected", i === index ? "true" : "false"); });
        active = index;
        if (index >= 0) {
            input.setAttribute("aria-activedescendant", items[index].id);
            items[index].scrollIntoView({ block: "nearest" });
        } else {
            input.removeAttribute("aria-activedescendant");
        }
    }
    function pick(id) {
        chosen.push(id);
        sync();
        status.textContent = byId[id].textContent + " added.";
        input.value = "";
        close();
        input.focus();
    }
    function open(all) {
        var query = fold(input.value.trim());
        matches.textContent = "";
        if (!query && !all) {
            close();
            return;
        }
        options.filter(function (o) {
            return chosen.indexOf(o.value) < 0 && fold(o.textContent).indexOf(query) >= 0;
        }).slice(0, 20).forEach(function (o, i) {
            var item = el("li", { role: "option", id: "AuthorIds-match-" + i, "aria-selected": "false", "class": "author-picker__match" }, o.textContent);
            item.addEventListener("mousedown", function (event) { event.preventDefault(); });
            item.addEventListener("click", function () { pick(o.value); });
            matches.appendChild(item);
        });
        if (matches.children.length === 0) {
            matches.appendChild(el("li", { role: "option", "aria-disabled": "true", "class": "author-picker__none" }, "No writer by that name"));
        }
        matches.hidden = false;
        input.setAttribute("aria-expanded", "true");
        highlight(matches.querySelector("[aria-disabled]") ? -1 : 0);
    }

    input.addEventListener("input", function () { open(false); });
    input.addEventListener("blur", close);
    input.addEventListener("keydown", function (event) {
        var count = matches.querySelector("[aria-disabled]") ? 0 : shown().length;
        if (event.key === "ArrowDown" || event.key === "ArrowUp") {
            event.preventDefault();
            if (matches.hidden) {
                open(true);
                return;
            }
            if (count > 0) {
                highlight((active + (event.key === "ArrowDown" ? 1 : count - 1)) % count);
            }
        } else if (event.key === "Enter" && !matches.hidden) {
            event.preventDefault(); // choosing a name, not saving the form
            if (active >= 0) {
                shown()[active].click();
            }
        } else if (event.key === "Escape" && !matches.hidden) {
            event.preventDefault();
            close();
        }
    });

    // Someone (or a test) chose in the select itself: keep the order of those still chosen, then the new ones.
    select.addEventListener("change", function () {
        var now = options.filter(function (o) { return o.selected; }).map(function (o) { return o.value; });
        chosen = chosen.filter(function (id) { return now.indexOf(id) >= 0; })
            .concat(now.filter(function (id) { return chosen.indexOf(id) < 0; }));
        sync();
    });

    sync(true);
})();
