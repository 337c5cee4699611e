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

// Copy buttons stay hidden without JavaScript; the text they copy is on the page and downloadable anyway.
for (const button of document.querySelectorAll('button[data-copy-target]')) {
    if (!navigator.clipboard) {
        continue;
    }
    button.hidden = false;
    button.addEventListener('click', async () => {
        const source = document.getElementById(button.dataset.copyTarget);
        try {
            await navigator.clipboard.writeText(source.value ?? source.textContent);
            button.dataset.copied = 'true';
            setTimeout(() => delete button.dataset.copied, 1500);
        } catch {
            source.select?.();
        }
    });
}
