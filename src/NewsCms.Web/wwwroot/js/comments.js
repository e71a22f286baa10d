// Progressive enhancement for the comments under an article; the page works without it.
// 1. Shows this browser's own comments still awaiting moderation, fetched from /comments/pending, so the
//    article HTML itself stays the same for every reader (and cacheable).
// 2. "Reply" opens the form under the comment instead of going to the reply page.
// 3. Under a cached article the form carries no antiforgery token and no form stamp (they are per reader);
//    they are fetched from /comments/token when the page loads, and a submit waits for them.
// Text is only ever set with textContent: nothing from a reader is parsed as HTML.
(function () {
    "use strict";

    function element(tag, className, text) {
        var node = document.createElement(tag);
        if (className) node.className = className;
        if (text !== undefined) node.textContent = text;
        return node;
    }

    function renderPending(box, comments) {
        if (!comments.length) return;
        var list = element("ol", "comments__list comments__list--pending");
        comments.forEach(function (comment) {
            var item = element("li");
            var article = element("article", "comment comment--pending");
            article.id = "comment-" + comment.id;
            var header = element("header", "comment__header");
            header.appendChild(element("span", "comment__author", comment.authorName));
            header.appendChild(element("span", "comment__date", comment.createdAt));
            header.appendChild(element("strong", "status comment__status", "Awaiting moderation"));
            article.appendChild(header);
            comment.paragraphs.forEach(function (text) { article.appendChild(element("p", null, text)); });
            item.appendChild(article);
            list.appendChild(item);
        });
        box.appendChild(element("h3", "comments__pending-heading", "Your comments awaiting moderation"));
        box.appendChild(list);
    }

    function loadPending() {
        var box = document.querySelector("[data-pending-url]");
        if (!box || !window.fetch) return;
        fetch(box.getAttribute("data-pending-url"), { credentials: "same-origin", headers: { Accept: "application/json" } })
            .then(function (response) { return response.ok ? response.json() : []; })
            .then(function (comments) { renderPending(box, comments); })
            .catch(function () { /* the reader still has the confirmation message */ });
    }

    function enhanceReplies() {
        var form = document.getElementById("comment-form");
        if (!form) return;
        var parentField = form.querySelector("input[name='Input.ParentId']");
        var heading = form.querySelector(".comment-form__heading");
        document.querySelectorAll("a[data-reply-to]").forEach(function (link) {
            link.addEventListener("click", function (event) {
                event.preventDefault();
                parentField.value = link.getAttribute("data-reply-to");
                heading.textContent = "Reply to " + link.getAttribute("data-reply-name");
                link.insertAdjacentElement("afterend", form);
                form.querySelector("textarea").focus();
            });
        });
    }

    function armForm() {
        var form = document.querySelector("form[data-token-url]");
        if (!form || !window.fetch) return;
        var ready = fetch(form.getAttribute("data-token-url"), { credentials: "same-origin", headers: { Accept: "application/json" } })
            .then(function (response) { if (!response.ok) throw new Error(response.status); return response.json(); })
            .then(function (data) {
                var token = form.querySelector("input[name='" + data.field + "']");
                if (!token) {
                    token = element("input");
                    token.type = "hidden";
                    token.name = data.field;
                    form.appendChild(token);
                }
                token.value = data.token;
                form.querySelector("input[name='Input.StartedAt']").value = data.startedAt;
            });
        var armed = false;
        ready.then(function () { armed = true; }, function () { /* the server re-shows the form with a token */ });
        form.addEventListener("submit", function (event) {
            if (armed) return;
            event.preventDefault();
            ready.then(function () { armed = true; }, function () { armed = true; }).then(function () { form.submit(); });
        });
    }

    document.addEventListener("DOMContentLoaded", function () {
        armForm();
        loadPending();
        enhanceReplies();
    });
})();
