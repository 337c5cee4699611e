// Progressive enhancement: a click on a section's "#" link also copies the full URL to the clipboard.
// Without JavaScript the link still works: it puts the anchor in the address bar.
document.addEventListener('click', async (event) => {
    const link = event.target.closest('a[data-copy-link]');
    if (!link || !navigator.clipboard) {
        return;
    }
    try {
        await navigator.clipboard.writeText(link.href);
        link.dataset.copied = 'true';
        setTimeout(() => delete link.dataset.copied, 1500);
    } catch {
        // Clipboard refused (permissions, insecure context): the URL is in the address bar all the same.
    }
});
