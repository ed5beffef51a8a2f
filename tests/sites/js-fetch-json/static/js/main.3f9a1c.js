/* a small front end: builds the news list from the JSON endpoint */
(function () {
  var API = "/api/news.json";
  function el(tag, cls, text) { var e = document.createElement(tag); if (cls) e.className = cls; if (text) e.textContent = text; return e; }
  function render(items) {
    var root = document.getElementById("root"); root.textContent = "";
    root.appendChild(el("h1", null, "News"));
    var list = el("ul", "news");
    items.forEach(function (n) {
      var li = el("li", "news__item"), a = el("a", null, n.headline);
      a.href = n.permalink; li.appendChild(a);
      li.appendChild(el("span", "news__date", n.publishedAt.slice(0, 10)));
      list.appendChild(li);
    });
    root.appendChild(list);
  }
  fetch(API, { headers: { Accept: "application/json" } })
    .then(function (r) { return r.json(); })
    .then(function (body) { render(body.data); });
})();
