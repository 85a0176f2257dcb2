// Marks a page framed by a host (its address names `host-origin`: README, "Embed it") before
// the page's body is drawn, so that the stylesheet hides what shows while the app loads: the
// app's masthead, which a host's frame does not show. It is a classic script in the head
// because only such a script runs before the body is parsed and painted; boot.js, a module,
// runs after.
if (new URLSearchParams(location.search).has("host-origin")) document.documentElement.dataset.hostFrame = "";
