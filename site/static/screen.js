// The reception-area screen (routes/[lang]/screen) fetches itself again every data-refresh seconds,
// and moves to the fresh page (or to the other language, with alternate=1) only once the site has
// answered it: a screen whose site cannot be reached keeps showing what it has, rather than an error.
(() => {
  const screen = document.querySelector('.screen[data-refresh]');
  if (!screen) return;
  const seconds = Math.max(30, Number(screen.dataset.refresh) || 300);
  const next = screen.dataset.next || location.pathname + location.search;
  const attempt = async () => {
    try {
      const answer = await fetch(next, { cache: 'no-store' });
      if (answer.ok) {
        location.replace(next);
        return;
      }
    } catch {
      // Unreachable: try again later.
    }
    setTimeout(attempt, seconds * 1000);
  };
  setTimeout(attempt, seconds * 1000);
})();
